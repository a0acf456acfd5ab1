package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.STORED_FILE;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.retention.SoftDeletedRows;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * Purges deleted files of one kind past their retention period ({@code retention_policy} entry
 * {@code stored_file:<KIND>}): the object in the store first (idempotent), then the row, each
 * audited as PURGE. Files still referenced (an invoice's PDF) are never soft-deleted, so none is
 * kept here.
 */
final class StoredFilePurge implements SoftDeletedRows {
  static final String ACTOR = "retention-purge";

  private final FileKind kind;
  private final DSLContext db;
  private final FileStore store;
  private final AuditTrail audit;

  StoredFilePurge(FileKind kind, DSLContext db, FileStore store, AuditTrail audit) {
    this.kind = kind;
    this.db = db;
    this.store = store;
    this.audit = audit;
  }

  @Override
  public String entityType() {
    return kind.retentionEntity();
  }

  /** Before accounts, whose rows the files reference. */
  @Override
  public int purgeOrder() {
    return 15;
  }

  @Override
  public Batch purge(Instant deletedBefore, int batchSize, String workflowId) {
    var expired =
        STORED_FILE
            .KIND
            .eq(kind)
            .and(STORED_FILE.DELETED_AT.isNotNull())
            .and(STORED_FILE.DELETED_AT.lt(deletedBefore));
    var rows =
        db.selectFrom(STORED_FILE)
            .where(expired)
            .orderBy(STORED_FILE.DELETED_AT)
            .limit(batchSize)
            .forUpdate()
            .skipLocked()
            .fetch();
    for (var row : rows) {
      StoredFile file = JooqStoredFileRepository.map(row);
      try {
        store.delete(row.getStorageKey());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not purge " + row.getStorageKey(), e);
      }
      db.deleteFrom(STORED_FILE).where(STORED_FILE.ID.eq(file.id())).execute();
      audit.record(
          Actor.system(ACTOR, file.tenantId()),
          file.tenantId(),
          AuditAction.PURGE,
          "stored_file",
          file.id().toString(),
          StoredFileWriter.state(file),
          null,
          workflowId);
    }
    return new Batch(rows.size(), 0);
  }
}
