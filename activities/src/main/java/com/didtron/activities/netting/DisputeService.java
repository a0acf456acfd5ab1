package com.didtron.activities.netting;

import static com.didtron.activities.db.Tables.DISPUTE;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.db.tables.records.DisputeRecord;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.money.AmountParser;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.Dispute;
import com.didtron.domain.netting.DisputeStatus;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes on carrier charges: opened by finance (often from a reconciliation), closed with a
 * resolution.
 */
@Service
@Facade
public class DisputeService {
  private final DSLContext db;
  private final Accounts directory;
  private final AccountService accounts;
  private final AuditTrail audit;
  private final Clock clock;

  DisputeService(
      DSLContext db, Accounts directory, AccountService accounts, AuditTrail audit, Clock clock) {
    this.db = db;
    this.directory = directory;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Dispute open(
      Actor actor,
      AccountId carrier,
      CurrencyCode currency,
      BigDecimal amount,
      String reason,
      UUID reconciliationId) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account a = accounts.get(actor, carrier);
    if (a.kind() == AccountKind.CUSTOMER) {
      throw new IllegalArgumentException(
          a.name() + " is not a carrier: only carrier charges are disputed");
    }
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("A dispute needs an amount above zero");
    }
    AmountParser.problem(amount)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    if (reason == null || reason.strip().length() < 3) {
      throw new IllegalArgumentException("Give a reason of at least 3 characters");
    }
    UUID id = UUID.randomUUID();
    db.insertInto(DISPUTE)
        .set(DISPUTE.ID, id)
        .set(DISPUTE.TENANT_ID, a.tenantId().value())
        .set(DISPUTE.ACCOUNT_ID, carrier.value())
        .set(DISPUTE.CURRENCY, currency.code())
        .set(DISPUTE.AMOUNT, amount)
        .set(DISPUTE.REASON, reason.strip())
        .set(DISPUTE.STATUS, DisputeStatus.OPEN)
        .set(DISPUTE.RECONCILIATION_ID, reconciliationId)
        .set(DISPUTE.OPENED_BY, actor.name())
        .set(DISPUTE.OPENED_AT, clock.instant())
        .execute();
    audit.record(
        actor,
        a.tenantId(),
        AuditAction.CREATE,
        "dispute",
        id.toString(),
        null,
        Map.of(
            "account",
            a.name(),
            "amount",
            amount.toPlainString(),
            "currency",
            currency.code(),
            "reason",
            reason.strip()));
    return get(actor, id);
  }

  @Transactional
  public Dispute close(Actor actor, UUID id, String resolution) {
    LedgerAccess.requireFinanceAdmin(actor);
    Dispute d = get(actor, id);
    if (!d.isOpen()) {
      return d;
    }
    if (resolution == null || resolution.strip().length() < 3) {
      throw new IllegalArgumentException(
          "Say how the dispute was resolved (at least 3 characters)");
    }
    db.update(DISPUTE)
        .set(DISPUTE.STATUS, d.status().close())
        .set(DISPUTE.CLOSED_BY, actor.name())
        .set(DISPUTE.CLOSED_AT, clock.instant())
        .set(DISPUTE.RESOLUTION, resolution.strip())
        .where(DISPUTE.ID.eq(id))
        .execute();
    audit.record(
        actor,
        d.tenantId(),
        AuditAction.UPDATE,
        "dispute",
        id.toString(),
        Map.of("status", DisputeStatus.OPEN.name()),
        Map.of("status", DisputeStatus.CLOSED.name(), "resolution", resolution.strip()));
    return get(actor, id);
  }

  @Transactional(readOnly = true)
  public Dispute get(Actor actor, UUID id) {
    Dispute d =
        select()
            .where(DISPUTE.ID.eq(id))
            .fetchOptional()
            .map(this::toDispute)
            .orElseThrow(() -> new AccessDenied("No such dispute"));
    try {
      AccessPolicy.requireCanView(actor, d.tenantId(), d.accountId());
    } catch (AccessDenied e) {
      throw new AccessDenied("No such dispute");
    }
    return d;
  }

  /** Disputes newest first (status null: all); a carrier user sees its own account's only. */
  @Transactional(readOnly = true)
  public Page<Dispute> find(Actor actor, String status, PageRequest page) {
    Condition c = DISPUTE.TENANT_ID.eq(actor.tenantId().value());
    if (!actor.isStaff()) {
      c =
          c.and(
              DISPUTE.ACCOUNT_ID.eq(
                  actor.ownAccount().orElseThrow(() -> new AccessDenied("No account")).value()));
    }
    if (status != null) {
      c =
          c.and(
              Arrays.stream(DisputeStatus.values())
                  .filter(s -> s.name().equals(status))
                  .findFirst()
                  .map(DISPUTE.STATUS::eq)
                  .orElse(DSL.falseCondition()));
    }
    long total = db.fetchCount(DISPUTE, c);
    return new Page<>(
        toDisputes(
            select()
                .where(c)
                .orderBy(DISPUTE.OPENED_AT.desc(), DISPUTE.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch()),
        total);
  }

  /** The open disputed amount of a carrier in a currency (held out of netting). */
  @Transactional(readOnly = true)
  public BigDecimal openAmount(TenantId tenant, AccountId account, CurrencyCode currency) {
    return db.select(DSL.coalesce(DSL.sum(DISPUTE.AMOUNT), BigDecimal.ZERO))
        .from(DISPUTE)
        .where(
            DISPUTE
                .TENANT_ID
                .eq(tenant.value())
                .and(DISPUTE.ACCOUNT_ID.eq(account.value()))
                .and(DISPUTE.CURRENCY.eq(currency.code()))
                .and(DISPUTE.STATUS.eq(DisputeStatus.OPEN)))
        .fetchSingle()
        .value1();
  }

  private SelectJoinStep<Record> select() {
    return db.select(DISPUTE.asterisk()).from(DISPUTE);
  }

  private Dispute toDispute(Record r) {
    return toDisputes(List.of(r)).getFirst();
  }

  private List<Dispute> toDisputes(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(rows.stream().map(r -> new AccountId(r.get(DISPUTE.ACCOUNT_ID))).toList());
    return rows.stream()
        .map(r -> toDispute(r, names.get(new AccountId(r.get(DISPUTE.ACCOUNT_ID)))))
        .collect(Collectors.toList());
  }

  static Dispute toDispute(Record r, String accountName) {
    DisputeRecord d = r.into(DISPUTE);
    CurrencyCode currency = new CurrencyCode(d.getCurrency());
    return new Dispute(
        d.getId(),
        new TenantId(d.getTenantId()),
        new AccountId(d.getAccountId()),
        accountName,
        currency,
        new Money(d.getAmount(), currency),
        d.getReason(),
        d.getStatus(),
        d.getReconciliationId(),
        d.getOpenedBy(),
        d.getOpenedAt(),
        d.getClosedBy(),
        d.getClosedAt(),
        d.getResolution());
  }
}
