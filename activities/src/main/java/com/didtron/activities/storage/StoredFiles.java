package com.didtron.activities.storage;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.FileNames;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to keep, read and delete files. Uploads are streamed to a staging file in bounded
 * memory, refused past their kind's cap or when their bytes are not of an accepted type, then
 * stored under a key the platform makes up. Files are visible only to their account's users and to
 * staff of its tenant (super admins: all); anything else reads as "no such file".
 */
@Service
@Facade
public class StoredFiles {
  private final AccountService accounts;
  private final FileStore store;
  private final Staging staging;
  private final FileLimits limits;
  private final StoredFileWriter writer;
  private final JooqStoredFileRepository files;

  StoredFiles(
      AccountService accounts,
      FileStore store,
      Staging staging,
      FileLimits limits,
      StoredFileWriter writer,
      JooqStoredFileRepository files) {
    this.accounts = accounts;
    this.store = store;
    this.staging = staging;
    this.limits = limits;
    this.writer = writer;
    this.files = files;
  }

  /** A file's metadata and its bytes; the caller closes the stream. */
  public record Download(StoredFile file, InputStream bytes) {}

  /**
   * Keeps an uploaded file of {@code account}. Customers may upload KYC documents and other files
   * of their own account; staff (not auditors) any kind but the generated PDFs.
   */
  public StoredFile upload(
      Actor actor, AccountId accountId, FileKind kind, String name, InputStream body) {
    Account account = visibleAccount(actor, accountId);
    requireMayChange(actor, kind);
    FileLimits.Cap cap = limits.of(kind);
    try {
      Staging.Staged staged = staging.stage(body, cap.bytes(), cap.what(), cap.setting());
      return writer.keep(
          actor,
          account.tenantId(),
          accountId,
          kind,
          FileNames.sanitise(name, fallback(kind)),
          staged);
    } catch (IOException e) {
      throw new UncheckedIOException("The file could not be stored: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps a file the platform made (an invoice PDF…) in the caller's transaction: if it rolls back,
   * the object is removed again. The caller has checked access.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public StoredFile keepGenerated(
      Actor actor, TenantId tenant, AccountId account, FileKind kind, String name, byte[] bytes) {
    FileLimits.Cap cap = limits.of(kind);
    try {
      Staging.Staged staged =
          staging.stage(new ByteArrayInputStream(bytes), cap.bytes(), cap.what(), cap.setting());
      return writer.keep(
          actor, tenant, account, kind, FileNames.sanitise(name, fallback(kind)), staged);
    } catch (IOException e) {
      throw new UncheckedIOException("The file could not be stored: " + e.getMessage(), e);
    }
  }

  /**
   * The bytes of a file the calling feature references and has checked access to (an invoice's
   * PDF).
   */
  public byte[] bytesOf(UUID id) {
    JooqStoredFileRepository.Row row = files.get(id).orElseThrow(StoredFiles::noSuchFile);
    try (InputStream in = store.get(row.storageKey())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The file could not be read: " + e.getMessage(), e);
    }
  }

  /** An account's live files, newest first (at most 500), of one kind if given. */
  @Transactional(readOnly = true)
  public List<StoredFile> list(Actor actor, AccountId account, FileKind kind) {
    visibleAccount(actor, account);
    return files.ofAccount(account, kind, 500);
  }

  /** One live file's metadata. */
  @Transactional(readOnly = true)
  public StoredFile get(Actor actor, UUID id) {
    return visible(actor, id).file();
  }

  /** One live file with its bytes. */
  public Download open(Actor actor, UUID id) {
    JooqStoredFileRepository.Row row = visible(actor, id);
    try {
      return new Download(row.file(), store.get(row.storageKey()));
    } catch (IOException e) {
      throw new UncheckedIOException("The file could not be read: " + e.getMessage(), e);
    }
  }

  /** Soft-deletes a file; its bytes go with the row at the retention purge. */
  @Transactional
  public StoredFile delete(Actor actor, UUID id) {
    StoredFile file = visible(actor, id).file();
    requireMayChange(actor, file.kind());
    return writer.softDelete(actor, file);
  }

  private JooqStoredFileRepository.Row visible(Actor actor, UUID id) {
    JooqStoredFileRepository.Row row =
        files.get(id).filter(r -> !r.file().isDeleted()).orElseThrow(StoredFiles::noSuchFile);
    StoredFile f = row.file();
    boolean sameTenant = f.tenantId().equals(actor.tenantId());
    boolean own = f.account() != null && actor.ownAccount().map(f.account()::equals).orElse(false);
    if (actor.has(Role.SUPER_ADMIN) || (sameTenant && (actor.isStaff() || own))) {
      return row;
    }
    throw noSuchFile();
  }

  private Account visibleAccount(Actor actor, AccountId id) {
    try {
      return accounts.get(actor, id);
    } catch (AccessDenied e) {
      throw new NoSuchElementException("No such account");
    }
  }

  private static void requireMayChange(Actor actor, FileKind kind) {
    if (kind.generated()) {
      throw new AccessDenied("Invoice, credit note and statement PDFs are made by the platform");
    }
    if (actor.isStaff() && actor.roles().stream().anyMatch(r -> r != Role.AUDITOR)) {
      return;
    }
    if (!actor.isStaff() && (kind == FileKind.KYC_DOCUMENT || kind == FileKind.OTHER)) {
      return;
    }
    throw new AccessDenied("You may not change files of this kind");
  }

  private static String fallback(FileKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static NoSuchElementException noSuchFile() {
    return new NoSuchElementException("No such file");
  }
}
