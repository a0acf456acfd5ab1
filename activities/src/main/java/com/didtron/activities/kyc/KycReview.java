package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.EntityHistory;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditEntry;
import com.didtron.domain.storage.StoredFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the KYC pages read: the staff review queue with each case's documents and their files, and
 * an account's steps with their times (from the case's audit entries). Decisions go through {@link
 * KycService#approve} and {@link KycService#reject}; this class only reads.
 */
@Service
@Facade
public class KycReview {
  private final KycService kyc;
  private final AccountService accounts;
  private final StoredFiles files;
  private final EntityHistory history;
  private final DSLContext db;
  private final JsonMapper json;

  KycReview(
      KycService kyc,
      AccountService accounts,
      StoredFiles files,
      EntityHistory history,
      DSLContext db,
      JsonMapper json) {
    this.kyc = kyc;
    this.accounts = accounts;
    this.files = files;
    this.history = history;
    this.db = db;
    this.json = json;
  }

  /** A document of a case with the file it is kept in (file fields null when it is gone). */
  public record DocumentFile(
      UUID id,
      String kind,
      LocalDate issuedOn,
      String reviewState,
      UUID fileId,
      String fileName,
      long size,
      Instant uploadedAt) {}

  /** A case waiting for staff. */
  public record QueueItem(
      UUID accountId,
      String accountName,
      String country,
      String state,
      Instant submittedAt,
      boolean identityVerified,
      List<DocumentFile> documents) {}

  /** One step of a case: the state it reached, when, by whom, and the reason of a rejection. */
  public record Step(String state, Instant at, String by, String reason) {}

  /** Cases in review in the actor's tenant, oldest first (staff who may decide). */
  public List<QueueItem> queue(Actor actor) {
    return kyc.queue(actor).stream()
        .map(
            c -> {
              Account a = accounts.get(actor, new AccountId(c.accountId()));
              return new QueueItem(
                  c.accountId(),
                  a.name(),
                  c.country(),
                  c.state(),
                  c.updatedAt(),
                  c.identityVerified(),
                  documents(actor, c));
            })
        .toList();
  }

  /** The documents of an account's case with their files (its users and staff). */
  public List<DocumentFile> documents(Actor actor, AccountId account) {
    return documents(actor, kyc.get(actor, account));
  }

  /**
   * The steps of an account's case, oldest first: started, identity pending, documents required, in
   * review, verified or rejected (its users and staff).
   */
  public List<Step> steps(Actor actor, AccountId account) {
    kyc.get(actor, account);
    Account a = accounts.get(actor, account);
    List<String> ids = new ArrayList<>();
    ids.add(account.value().toString());
    db.select(KYC_CASE.ID)
        .from(KYC_CASE)
        .where(KYC_CASE.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(KYC_CASE.ID)
        .ifPresent(id -> ids.add(id.toString()));
    List<Step> steps = new ArrayList<>();
    for (AuditEntry e : history.of(a.tenantId(), KycActivitiesImpl.ENTITY, ids)) {
      Map<?, ?> after = parse(e.afterJson());
      Object state = after.get("state");
      if (state == null) {
        continue;
      }
      Object reason = after.get("reason");
      steps.add(
          new Step(state.toString(), e.at(), e.actor(), reason == null ? null : reason.toString()));
    }
    return steps;
  }

  private List<DocumentFile> documents(Actor actor, KycService.KycCase c) {
    return c.documents().stream()
        .map(
            d -> {
              StoredFile f = fileOrNull(actor, d.storedFileId());
              return new DocumentFile(
                  d.id(),
                  d.kind(),
                  d.issuedOn(),
                  d.reviewState(),
                  f == null ? null : f.id(),
                  f == null ? null : f.name(),
                  f == null ? 0 : f.size(),
                  f == null ? null : f.createdAt());
            })
        .toList();
  }

  private StoredFile fileOrNull(Actor actor, UUID id) {
    try {
      return files.get(actor, id);
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  private Map<?, ?> parse(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      return json.readValue(text, Map.class);
    } catch (JacksonException e) {
      return Map.of();
    }
  }
}
