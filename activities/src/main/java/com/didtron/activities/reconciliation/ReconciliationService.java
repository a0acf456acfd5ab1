package com.didtron.activities.reconciliation;

import static com.didtron.activities.db.Tables.SUPPLIER_RECONCILIATION;
import static com.didtron.activities.db.Tables.SUPPLIER_RECONCILIATION_LINE;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.netting.DisputeService;
import com.didtron.activities.settlement.SettlementSettings;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.netting.Dispute;
import com.didtron.domain.reconciliation.CarrierFile;
import com.didtron.domain.reconciliation.Difference;
import com.didtron.domain.reconciliation.Reconciler;
import com.didtron.domain.reconciliation.Reconciliation;
import com.didtron.domain.reconciliation.UsageRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier reconciliation: a carrier's invoice or CDR file is compared with our supplier-rated
 * usage over the days it covers; differences beyond the tolerances are stored and shown, and
 * finance may open a dispute for what the carrier charges beyond our rating (netting holds it out).
 */
@Service
@Facade
public class ReconciliationService {
  /** The file could not be read; {@code errors} name the lines. */
  public static final class BadFile extends IllegalArgumentException {
    private final List<String> errors;

    BadFile(List<String> errors) {
      super(
          errors.size()
              + " line(s) could not be read: "
              + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
      this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
      return errors;
    }
  }

  private final AccountService accounts;
  private final SupplierUsageSource ours;
  private final DisputeService disputes;
  private final AuditTrail audit;
  private final SettlementSettings settings;
  private final DSLContext db;
  private final Accounts directory;
  private final Clock clock;

  ReconciliationService(
      AccountService accounts,
      List<SupplierUsageSource> sources,
      DisputeService disputes,
      AuditTrail audit,
      SettlementSettings settings,
      DSLContext db,
      Accounts directory,
      Clock clock) {
    this.accounts = accounts;
    List<SupplierUsageSource> real =
        sources.stream().filter(s -> !(s instanceof LedgerSupplierUsageSource)).toList();
    this.ours = real.isEmpty() ? sources.get(0) : real.get(0);
    this.disputes = disputes;
    this.audit = audit;
    this.settings = settings;
    this.db = db;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Imports a carrier file (CSV) and compares it; refused with line-numbered errors when
   * unreadable.
   */
  @Transactional
  public Reconciliation importFile(Actor actor, AccountId carrier, String fileName, String csv) {
    LedgerAccess.requireFinanceAdmin(actor);
    Account a = accounts.get(actor, carrier);
    if (a.kind() == AccountKind.CUSTOMER) {
      throw new IllegalArgumentException(a.name() + " is not a carrier");
    }
    CarrierFile.Parsed parsed = CarrierFile.parse(csv);
    if (!parsed.errors().isEmpty()) {
      throw new BadFile(parsed.errors());
    }
    LocalDate[] span = Reconciler.span(parsed.rows());
    List<UsageRow> ourRows = ours.usage(a.tenantId(), carrier, a.currency(), span[0], span[1]);
    List<Difference> diffs =
        Reconciler.compare(
            parsed.rows(),
            ourRows,
            settings.reconciliationMinuteTolerance(),
            settings.reconciliationAmountTolerance());
    UUID id = UUID.randomUUID();
    store(id, a, fileName, span, parsed.rows(), ourRows, diffs, actor);
    audit.record(
        actor,
        a.tenantId(),
        AuditAction.CREATE,
        "supplier_reconciliation",
        id.toString(),
        null,
        Map.of("carrier", a.name(), "file", fileName, "differences", diffs.size()));
    return get(actor, id);
  }

  private void store(
      UUID id,
      Account a,
      String fileName,
      LocalDate[] span,
      List<UsageRow> theirs,
      List<UsageRow> ourRows,
      List<Difference> diffs,
      Actor actor) {
    db.insertInto(SUPPLIER_RECONCILIATION)
        .set(SUPPLIER_RECONCILIATION.ID, id)
        .set(SUPPLIER_RECONCILIATION.TENANT_ID, a.tenantId().value())
        .set(SUPPLIER_RECONCILIATION.ACCOUNT_ID, a.id().value())
        .set(SUPPLIER_RECONCILIATION.FILE_NAME, fileName)
        .set(SUPPLIER_RECONCILIATION.CURRENCY, a.currency().code())
        .set(SUPPLIER_RECONCILIATION.PERIOD_START, span[0])
        .set(SUPPLIER_RECONCILIATION.PERIOD_END, span[1])
        .set(SUPPLIER_RECONCILIATION.THEIR_MINUTES, sum(theirs, true))
        .set(SUPPLIER_RECONCILIATION.THEIR_AMOUNT, sum(theirs, false))
        .set(SUPPLIER_RECONCILIATION.OUR_MINUTES, sum(ourRows, true))
        .set(SUPPLIER_RECONCILIATION.OUR_AMOUNT, sum(ourRows, false))
        .set(SUPPLIER_RECONCILIATION.IMPORTED_BY, actor.name())
        .set(SUPPLIER_RECONCILIATION.IMPORTED_AT, clock.instant())
        .execute();
    int n = 0;
    for (Difference d : diffs) {
      db.insertInto(SUPPLIER_RECONCILIATION_LINE)
          .set(SUPPLIER_RECONCILIATION_LINE.RECONCILIATION_ID, id)
          .set(SUPPLIER_RECONCILIATION_LINE.LINE_NO, ++n)
          .set(SUPPLIER_RECONCILIATION_LINE.LEVEL, d.level())
          .set(SUPPLIER_RECONCILIATION_LINE.DAY, d.day())
          .set(SUPPLIER_RECONCILIATION_LINE.DESTINATION, d.destination())
          .set(SUPPLIER_RECONCILIATION_LINE.CALL_ID, d.callId())
          .set(SUPPLIER_RECONCILIATION_LINE.THEIR_MINUTES, d.theirMinutes())
          .set(SUPPLIER_RECONCILIATION_LINE.THEIR_AMOUNT, d.theirAmount())
          .set(SUPPLIER_RECONCILIATION_LINE.OUR_MINUTES, d.ourMinutes())
          .set(SUPPLIER_RECONCILIATION_LINE.OUR_AMOUNT, d.ourAmount())
          .execute();
    }
  }

  /** Opens a dispute for what the carrier charges beyond our rating in this reconciliation. */
  @Transactional
  public Dispute dispute(Actor actor, UUID reconciliationId, String reason) {
    Reconciliation r = get(actor, reconciliationId);
    if (r.amountDifference().signum() <= 0) {
      throw new IllegalArgumentException(
          "The carrier does not charge more than our rating here: nothing to dispute");
    }
    return disputes.open(
        actor, r.accountId(), new CurrencyCode(r.currency()), r.amountDifference(), reason, r.id());
  }

  @Transactional(readOnly = true)
  public Reconciliation get(Actor actor, UUID id) {
    LedgerAccess.requireLedgerReader(actor);
    Record r =
        db.select(SUPPLIER_RECONCILIATION.asterisk())
            .from(SUPPLIER_RECONCILIATION)
            .where(
                SUPPLIER_RECONCILIATION
                    .ID
                    .eq(id)
                    .and(SUPPLIER_RECONCILIATION.TENANT_ID.eq(actor.tenantId().value())))
            .fetchOptional()
            .orElseThrow(() -> new AccessDenied("No such reconciliation"));
    List<Difference> diffs =
        db.selectFrom(SUPPLIER_RECONCILIATION_LINE)
            .where(SUPPLIER_RECONCILIATION_LINE.RECONCILIATION_ID.eq(id))
            .orderBy(SUPPLIER_RECONCILIATION_LINE.LINE_NO)
            .fetch(
                l ->
                    new Difference(
                        l.getLevel(),
                        l.getDay(),
                        l.getDestination(),
                        l.getCallId(),
                        l.getTheirMinutes(),
                        l.getTheirAmount(),
                        l.getOurMinutes(),
                        l.getOurAmount()));
    var s = SUPPLIER_RECONCILIATION;
    AccountId account = new AccountId(r.get(s.ACCOUNT_ID));
    return new Reconciliation(
        id,
        account,
        directory.names(List.of(account)).get(account),
        r.get(s.FILE_NAME),
        r.get(s.CURRENCY),
        r.get(s.PERIOD_START),
        r.get(s.PERIOD_END),
        r.get(s.THEIR_MINUTES),
        r.get(s.THEIR_AMOUNT),
        r.get(s.OUR_MINUTES),
        r.get(s.OUR_AMOUNT),
        r.get(s.IMPORTED_BY),
        r.get(s.IMPORTED_AT),
        diffs);
  }

  /** Recent reconciliations of the tenant, newest first (ids only; open one with {@link #get}). */
  @Transactional(readOnly = true)
  public List<Reconciliation> recent(Actor actor, int limit) {
    LedgerAccess.requireLedgerReader(actor);
    return db
        .select(SUPPLIER_RECONCILIATION.ID)
        .from(SUPPLIER_RECONCILIATION)
        .where(SUPPLIER_RECONCILIATION.TENANT_ID.eq(actor.tenantId().value()))
        .orderBy(SUPPLIER_RECONCILIATION.IMPORTED_AT.desc())
        .limit(limit)
        .fetch(SUPPLIER_RECONCILIATION.ID)
        .stream()
        .map(id -> get(actor, id))
        .toList();
  }

  private static BigDecimal sum(List<UsageRow> rows, boolean minutes) {
    return rows.stream()
        .map(minutes ? UsageRow::minutes : UsageRow::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
