package com.didtron.activities.storage;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.storage.ContentType;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a staged file into a stored one in one transaction: checks its detected type against the
 * kind, puts the object, inserts the row and the audit entry. A rollback removes the object again;
 * a refusal removes the staged file.
 */
@Component
class StoredFileWriter {
  private static final Logger LOG = LoggerFactory.getLogger(StoredFileWriter.class);

  private final FileStore store;
  private final JooqStoredFileRepository files;
  private final AuditTrail audit;
  private final Clock clock;

  StoredFileWriter(FileStore store, JooqStoredFileRepository files, AuditTrail audit, Clock clock) {
    this.store = store;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public StoredFile keep(
      Actor actor,
      TenantId tenant,
      AccountId account,
      FileKind kind,
      String name,
      Staging.Staged staged)
      throws IOException {
    ContentType type;
    try {
      type = acceptedType(kind, staged);
    } catch (RuntimeException e) {
      Files.deleteIfExists(staged.file());
      throw e;
    }
    UUID id = UUID.randomUUID();
    String key = keyOf(tenant, account, kind, id);
    StoredFile file =
        new StoredFile(
            id,
            tenant,
            account,
            kind,
            name,
            type,
            staged.size(),
            staged.sha256(),
            clock.instant(),
            actor.name(),
            null);
    store.put(key, staged.file(), type.mime());
    removeOnRollback(key);
    files.insert(file, key);
    audit.record(
        actor, tenant, AuditAction.CREATE, "stored_file", id.toString(), null, state(file));
    return file;
  }

  @Transactional
  public StoredFile softDelete(Actor actor, StoredFile file) {
    if (files.softDelete(file.id(), clock.instant(), actor.name())) {
      audit.record(
          actor,
          file.tenantId(),
          AuditAction.DELETE,
          "stored_file",
          file.id().toString(),
          state(file),
          null);
    }
    return file;
  }

  private static ContentType acceptedType(FileKind kind, Staging.Staged staged) {
    String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (staged.size() == 0) {
      throw new IllegalArgumentException("The file is empty");
    }
    String accepted =
        kind.accepted().stream().map(ContentType::name).collect(Collectors.joining(", "));
    ContentType type =
        staged
            .type()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The file's type is not recognised; a "
                            + what
                            + " must be one of "
                            + accepted));
    if (!kind.accepted().contains(type)) {
      throw new IllegalArgumentException(
          "The file is " + type.name() + "; a " + what + " must be one of " + accepted);
    }
    return type;
  }

  /** {@code <tenant>/<account or "tenant">/<kind>/<id>}: made up here, never from user input. */
  static String keyOf(TenantId tenant, AccountId account, FileKind kind, UUID id) {
    return tenant.value()
        + "/"
        + (account == null ? "tenant" : account.value().toString())
        + "/"
        + kind.name().toLowerCase(Locale.ROOT)
        + "/"
        + id;
  }

  private void removeOnRollback(String key) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_ROLLED_BACK) {
              try {
                store.delete(key);
              } catch (IOException | UncheckedIOException e) {
                LOG.warn("Could not remove the object {} of a rolled back file", key, e);
              }
            }
          }
        });
  }

  static Map<String, Object> state(StoredFile f) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", f.kind().name());
    s.put("account", f.account() == null ? null : f.account().value());
    s.put("name", f.name());
    s.put("contentType", f.contentType().mime());
    s.put("size", f.size());
    s.put("sha256", f.sha256());
    return s;
  }
}
