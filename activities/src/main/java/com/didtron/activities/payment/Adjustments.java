package com.didtron.activities.payment;

import static com.didtron.activities.db.Tables.LEDGER_ADJUSTMENT;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ledger.Ledger;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.ledger.LedgerAccount;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.TopUpInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual balance adjustments by finance staff, each with a mandatory reason and audited: a CREDIT
 * (goodwill, promotion) debits promotional credit and credits the customer; a CHARGE debits the
 * customer and credits revenue. The adjustment row is the entry's source document.
 */
@Service
public class Adjustments {
  /** Which way the customer's balance moves. */
  public enum Direction {
    CREDIT,
    CHARGE
  }

  private final DSLContext db;
  private final AccountService accounts;
  private final Ledger ledger;
  private final BalanceMonitor balances;
  private final AuditTrail audit;
  private final Clock clock;

  Adjustments(
      DSLContext db,
      AccountService accounts,
      Ledger ledger,
      BalanceMonitor balances,
      AuditTrail audit,
      Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.ledger = ledger;
    this.balances = balances;
    this.audit = audit;
    this.clock = clock;
  }

  /** Posts the adjustment; the result names the journal entry, or the fields at fault. */
  @Transactional
  public Result adjust(Actor actor, AccountId id, Direction direction, TopUpInput input) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account account = accounts.get(actor, id);
    if (!account.kind().buysFromUs()) {
      throw new AccessDenied("Only customer accounts have a balance to adjust");
    }
    List<FieldError> errors = new ArrayList<>(input.validate(false, true));
    if (errors.isEmpty() && !input.money().currency().equals(account.currency())) {
      errors.add(
          new FieldError(
              "currency", "Adjustments are in the account's currency, " + account.currency()));
    }
    if (direction == null) {
      errors.add(new FieldError("direction", "Choose credit or charge"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    Money amount = input.money();
    UUID adjustment = store(actor, account, direction, amount, input.reason().strip());
    LedgerAccount customer =
        ledger.chart().party(account.tenantId(), LedgerPurpose.CUSTOMER_BALANCE, id);
    LedgerAccount other =
        ledger
            .chart()
            .postable(
                account.tenantId(),
                direction == Direction.CREDIT
                    ? LedgerPurpose.PROMOTIONAL_CREDIT
                    : LedgerPurpose.REVENUE);
    String reason = input.reason().strip();
    List<Posting> postings =
        direction == Direction.CREDIT
            ? List.of(
                Posting.debit(other.id(), amount, reason),
                Posting.credit(customer.id(), amount, reason))
            : List.of(
                Posting.debit(customer.id(), amount, reason),
                Posting.credit(other.id(), amount, reason));
    var posted =
        ledger.post(
            new JournalEntryDraft(
                account.tenantId(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "Manual " + direction.name().toLowerCase() + ": " + reason,
                SourceRef.of(SourceType.ADJUSTMENT, adjustment),
                null,
                "adjustment:" + adjustment,
                postings),
            actor);
    balances.changed(account.tenantId(), id);
    return new Result(adjustment, List.of());
  }

  private UUID store(
      Actor actor, Account account, Direction direction, Money amount, String reason) {
    UUID id = UUID.randomUUID();
    db.insertInto(LEDGER_ADJUSTMENT)
        .set(LEDGER_ADJUSTMENT.ID, id)
        .set(LEDGER_ADJUSTMENT.TENANT_ID, account.tenantId().value())
        .set(LEDGER_ADJUSTMENT.ACCOUNT_ID, account.id().value())
        .set(LEDGER_ADJUSTMENT.DIRECTION, direction.name())
        .set(LEDGER_ADJUSTMENT.AMOUNT, amount.amount())
        .set(LEDGER_ADJUSTMENT.CURRENCY, amount.currency().code())
        .set(LEDGER_ADJUSTMENT.REASON, reason)
        .set(LEDGER_ADJUSTMENT.CREATED_BY, actor.name())
        .set(LEDGER_ADJUSTMENT.CREATED_AT, clock.instant())
        .execute();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("accountId", account.id().toString());
    after.put("direction", direction.name());
    after.put("amount", amount.amount().stripTrailingZeros().toPlainString());
    after.put("currency", amount.currency().code());
    after.put("reason", reason);
    audit.record(
        actor, account.tenantId(), AuditAction.CREATE, "adjustment", id.toString(), null, after);
    return id;
  }

  /** The adjustment's id when posted, else the fields at fault. */
  public record Result(UUID adjustmentId, List<FieldError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }
}
