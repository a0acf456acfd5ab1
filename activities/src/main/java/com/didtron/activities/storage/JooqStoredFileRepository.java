package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.STORED_FILE;

import com.didtron.activities.db.tables.records.StoredFileRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.ContentType;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code stored_file} rows, mapped to {@link StoredFile} at the boundary. */
@Repository
class JooqStoredFileRepository {
  private final DSLContext db;

  JooqStoredFileRepository(DSLContext db) {
    this.db = db;
  }

  void insert(StoredFile f, String storageKey) {
    db.insertInto(STORED_FILE)
        .set(STORED_FILE.ID, f.id())
        .set(STORED_FILE.TENANT_ID, f.tenantId().value())
        .set(STORED_FILE.ACCOUNT_ID, f.account() == null ? null : f.account().value())
        .set(STORED_FILE.KIND, f.kind())
        .set(STORED_FILE.ORIGINAL_NAME, f.name())
        .set(STORED_FILE.CONTENT_TYPE, f.contentType().mime())
        .set(STORED_FILE.SIZE_BYTES, f.size())
        .set(STORED_FILE.SHA256, f.sha256())
        .set(STORED_FILE.STORAGE_KEY, storageKey)
        .set(STORED_FILE.CREATED_AT, f.createdAt())
        .set(STORED_FILE.CREATED_BY, f.createdBy())
        .execute();
  }

  /** The file with its storage key, deleted or not. */
  Optional<Row> get(UUID id) {
    return db.selectFrom(STORED_FILE)
        .where(STORED_FILE.ID.eq(id))
        .fetchOptional(r -> new Row(map(r), r.getStorageKey()));
  }

  /** An account's live files, newest first. */
  List<StoredFile> ofAccount(AccountId account, FileKind kind, int limit) {
    var where = STORED_FILE.ACCOUNT_ID.eq(account.value()).and(STORED_FILE.DELETED_AT.isNull());
    if (kind != null) {
      where = where.and(STORED_FILE.KIND.eq(kind));
    }
    return db.selectFrom(STORED_FILE)
        .where(where)
        .orderBy(STORED_FILE.CREATED_AT.desc(), STORED_FILE.ID)
        .limit(limit)
        .fetch(JooqStoredFileRepository::map);
  }

  boolean softDelete(UUID id, Instant at, String by) {
    return db.update(STORED_FILE)
            .set(STORED_FILE.DELETED_AT, at)
            .set(STORED_FILE.DELETED_BY, by)
            .where(STORED_FILE.ID.eq(id).and(STORED_FILE.DELETED_AT.isNull()))
            .execute()
        == 1;
  }

  /** A file and where its bytes are. */
  record Row(StoredFile file, String storageKey) {}

  static StoredFile map(StoredFileRecord r) {
    return new StoredFile(
        r.getId(),
        new TenantId(r.getTenantId()),
        r.getAccountId() == null ? null : new AccountId(r.getAccountId()),
        r.getKind(),
        r.getOriginalName(),
        ContentType.ofMime(r.getContentType()),
        r.getSizeBytes(),
        r.getSha256(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getDeletedAt());
  }
}
