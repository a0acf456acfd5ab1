package com.didtron.activities.netting;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.db.tables.records.NettingRequestRecord;
import com.didtron.activities.settlement.DocumentCounter;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.invoicing.DocumentNumbers;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.netting.NettingDecision;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.netting.NettingStatus;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bilateral netting: proposals (made by the scheduled workflow), FINANCE decisions, the offset
 * entry and the netting statement. One proposal per company, currency and month; approving re-reads
 * the balances and refuses if they no longer cover the offset.
 */
@Service
@Facade
public class NettingService {
  private final JooqNettingRepository requests;
  private final NettingBalances balances;
  private final NettingPosting posting;
  private final NettingDocument document;
  private final DocumentCounter counter;
  private final BalanceMonitor monitor;
  private final AuditTrail audit;
  private final SettlementSettings settings;
  private final Accounts directory;
  private final Clock clock;

  NettingService(
      JooqNettingRepository requests,
      NettingBalances balances,
      NettingPosting posting,
      NettingDocument document,
      DocumentCounter counter,
      BalanceMonitor monitor,
      AuditTrail audit,
      SettlementSettings settings,
      Accounts directory,
      Clock clock) {
    this.requests = requests;
    this.balances = balances;
    this.posting = posting;
    this.document = document;
    this.counter = counter;
    this.monitor = monitor;
    this.audit = audit;
    this.settings = settings;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Proposes netting for every company of kind BOTH and each of its currencies; returns how many.
   */
  @Transactional
  public int proposeAll(String workflowId) {
    String period = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)).toString();
    int proposed = 0;
    for (Account a : directory.liveOfKind(AccountKind.BOTH)) {
      TenantId tenant = a.tenantId();
      AccountId account = a.id();
      for (CurrencyCode currency : balances.currencies(tenant, account)) {
        NettingDecision.Outcome o =
            balances.decide(tenant, account, currency, settings.nettingThreshold());
        if (o.offset().isPresent()
            && !requests.hasOpenProposal(account, currency)
            && requests.propose(
                tenant,
                account,
                currency,
                period,
                o,
                settings.nettingThreshold(),
                clock.instant(),
                workflowId)) {
          proposed++;
        }
      }
    }
    return proposed;
  }

  /** FINANCE approves: posts the offset, numbers and prints the netting statement. */
  @Transactional
  public NettingRequest approve(Actor actor, UUID id, String note) {
    LedgerAccess.requireFinanceAdmin(actor);
    NettingRequestRecord r = proposed(actor, id);
    TenantId tenant = new TenantId(r.getTenantId());
    AccountId account = new AccountId(r.getAccountId());
    CurrencyCode currency = new CurrencyCode(r.getCurrency());
    NettingDecision.Outcome now = balances.decide(tenant, account, currency, BigDecimal.ZERO);
    BigDecimal coverable = now.customerOwes().min(now.nettable());
    if (coverable.compareTo(r.getOffsetAmount()) < 0) {
      throw new IllegalStateException(
          "The balances changed since this proposal: only "
              + coverable.stripTrailingZeros().toPlainString()
              + " "
              + currency
              + " can be netted now. Reject it; the next netting run proposes again.");
    }
    long seq = counter.next(tenant, DocumentNumbers.Kind.NETTING);
    r.setSeq(seq);
    r.setNumber(DocumentNumbers.format(DocumentNumbers.Kind.NETTING, seq));
    decide(r, r.getStatus().approve(), actor, note);
    NettingRequest approved = requests.get(id).orElseThrow();
    posting.post(approved, r.getWorkflowId());
    monitor.changed(tenant, account);
    r.setPdf(
        document.render(approved, balances.decide(tenant, account, currency, BigDecimal.ZERO)));
    r.store();
    audit.record(
        actor,
        tenant,
        AuditAction.UPDATE,
        "netting_request",
        id.toString(),
        Map.of("status", NettingStatus.PROPOSED.name()),
        Map.of(
            "status",
            NettingStatus.APPROVED.name(),
            "number",
            approved.number(),
            "offset",
            approved.offset().amount().toPlainString()));
    return requests.get(id).orElseThrow();
  }

  /** FINANCE rejects, with a reason; nothing is posted. */
  @Transactional
  public NettingRequest reject(Actor actor, UUID id, String note) {
    LedgerAccess.requireFinanceAdmin(actor);
    if (note == null || note.strip().length() < 3) {
      throw new IllegalArgumentException("Say why the netting is rejected (at least 3 characters)");
    }
    NettingRequestRecord r = proposed(actor, id);
    decide(r, r.getStatus().reject(), actor, note.strip());
    audit.record(
        actor,
        new TenantId(r.getTenantId()),
        AuditAction.UPDATE,
        "netting_request",
        id.toString(),
        Map.of("status", NettingStatus.PROPOSED.name()),
        Map.of("status", NettingStatus.REJECTED.name(), "note", note.strip()));
    return requests.get(id).orElseThrow();
  }

  private NettingRequestRecord proposed(Actor actor, UUID id) {
    NettingRequestRecord r =
        requests
            .lock(id)
            .filter(x -> x.getTenantId().equals(actor.tenantId().value()))
            .orElseThrow(() -> new AccessDenied("No such netting request"));
    r.getStatus().requireProposed();
    return r;
  }

  private void decide(NettingRequestRecord r, NettingStatus status, Actor actor, String note) {
    r.setStatus(status);
    r.setDecidedBy(actor.name());
    r.setDecidedAt(clock.instant());
    r.setDecisionNote(note == null || note.isBlank() ? null : note.strip());
    r.store();
  }

  @Transactional(readOnly = true)
  public NettingRequest get(Actor actor, UUID id) {
    NettingRequest n =
        requests.get(id).orElseThrow(() -> new AccessDenied("No such netting request"));
    try {
      AccessPolicy.requireCanView(actor, n.tenantId(), n.accountId());
    } catch (AccessDenied e) {
      throw new AccessDenied("No such netting request");
    }
    return n;
  }

  /** Requests newest first (status null: all); a portal user of the company sees its own only. */
  @Transactional(readOnly = true)
  public Page<NettingRequest> find(Actor actor, String status, PageRequest page) {
    AccountId only =
        actor.isStaff()
            ? null
            : actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    return requests.find(actor.tenantId(), only, status, page);
  }

  /** The netting statement of an approved request. */
  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(Actor actor, UUID id) {
    return requests.pdf(get(actor, id).id());
  }
}
