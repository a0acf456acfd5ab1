package com.didtron.activities.creditnote;

import static com.didtron.activities.db.Tables.CREDIT_NOTE;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.CreditNoteRecord;
import com.didtron.activities.invoicing.Invoices;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Credit notes in PostgreSQL; records never leave this class. */
@Repository
class JooqCreditNoteRepository {
  private static final Field<Boolean> HAS_PDF =
      DSL.field(CREDIT_NOTE.PDF.isNotNull()).as("has_pdf");

  private final DSLContext db;
  private final Accounts directory;
  private final Invoices invoices;

  JooqCreditNoteRepository(DSLContext db, Accounts directory, Invoices invoices) {
    this.db = db;
    this.directory = directory;
    this.invoices = invoices;
  }

  void insert(
      UUID id,
      TenantId tenant,
      UUID invoice,
      AccountId account,
      CurrencyCode currency,
      BigDecimal amount,
      BigDecimal tax,
      String reason,
      String createdBy,
      Instant at,
      String workflowId) {
    db.insertInto(CREDIT_NOTE)
        .set(CREDIT_NOTE.ID, id)
        .set(CREDIT_NOTE.TENANT_ID, tenant.value())
        .set(CREDIT_NOTE.INVOICE_ID, invoice)
        .set(CREDIT_NOTE.ACCOUNT_ID, account.value())
        .set(CREDIT_NOTE.CURRENCY, currency.code())
        .set(CREDIT_NOTE.AMOUNT, amount)
        .set(CREDIT_NOTE.TAX, tax)
        .set(CREDIT_NOTE.REASON, reason)
        .set(CREDIT_NOTE.STATUS, CreditNoteStatus.PENDING)
        .set(CREDIT_NOTE.CREATED_BY, createdBy)
        .set(CREDIT_NOTE.CREATED_AT, at)
        .set(CREDIT_NOTE.WORKFLOW_ID, workflowId)
        .execute();
  }

  /** Pending and approved credit against an invoice (rejected ones free their amount again). */
  BigDecimal creditedOrPending(UUID invoice) {
    return db.select(DSL.coalesce(DSL.sum(CREDIT_NOTE.AMOUNT), BigDecimal.ZERO))
        .from(CREDIT_NOTE)
        .where(
            CREDIT_NOTE
                .INVOICE_ID
                .eq(invoice)
                .and(CREDIT_NOTE.STATUS.ne(CreditNoteStatus.REJECTED)))
        .fetchSingle()
        .value1();
  }

  Optional<CreditNote> get(UUID id) {
    return select().where(CREDIT_NOTE.ID.eq(id)).fetchOptional().map(this::toNote);
  }

  /** Locks the note for a decision; empty if it does not exist. */
  Optional<CreditNoteRecord> lock(UUID id) {
    return db.selectFrom(CREDIT_NOTE).where(CREDIT_NOTE.ID.eq(id)).forUpdate().fetchOptional();
  }

  Page<CreditNote> find(TenantId tenant, AccountId account, String status, PageRequest page) {
    Condition c = CREDIT_NOTE.TENANT_ID.eq(tenant.value());
    if (account != null) {
      c = c.and(CREDIT_NOTE.ACCOUNT_ID.eq(account.value()));
    }
    if (status != null) {
      c =
          c.and(
              Arrays.stream(CreditNoteStatus.values())
                  .filter(s -> s.name().equals(status))
                  .findFirst()
                  .map(CREDIT_NOTE.STATUS::eq)
                  .orElse(DSL.falseCondition()));
    }
    long total = db.fetchCount(CREDIT_NOTE, c);
    return new Page<>(
        toNotes(
            select()
                .where(c)
                .orderBy(CREDIT_NOTE.CREATED_AT.desc(), CREDIT_NOTE.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch()),
        total);
  }

  Optional<byte[]> pdf(UUID id) {
    return db.select(CREDIT_NOTE.PDF)
        .from(CREDIT_NOTE)
        .where(CREDIT_NOTE.ID.eq(id))
        .fetchOptional(CREDIT_NOTE.PDF);
  }

  private SelectJoinStep<Record> select() {
    return db.select(CREDIT_NOTE.asterisk().except(CREDIT_NOTE.PDF))
        .select(HAS_PDF)
        .from(CREDIT_NOTE);
  }

  private CreditNote toNote(Record r) {
    return toNotes(List.of(r)).getFirst();
  }

  private List<CreditNote> toNotes(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(
            rows.stream().map(r -> new AccountId(r.get(CREDIT_NOTE.ACCOUNT_ID))).toList());
    Map<UUID, String> numbers =
        invoices.numbers(rows.stream().map(r -> r.get(CREDIT_NOTE.INVOICE_ID)).toList());
    return rows.stream()
        .map(
            r ->
                toNote(
                    r,
                    names.get(new AccountId(r.get(CREDIT_NOTE.ACCOUNT_ID))),
                    numbers.get(r.get(CREDIT_NOTE.INVOICE_ID))))
        .collect(Collectors.toList());
  }

  static CreditNote toNote(Record r, String accountName, String invoiceNumber) {
    CurrencyCode currency = new CurrencyCode(r.get(CREDIT_NOTE.CURRENCY));
    return new CreditNote(
        r.get(CREDIT_NOTE.ID),
        new TenantId(r.get(CREDIT_NOTE.TENANT_ID)),
        r.get(CREDIT_NOTE.INVOICE_ID),
        invoiceNumber,
        new AccountId(r.get(CREDIT_NOTE.ACCOUNT_ID)),
        accountName,
        r.get(CREDIT_NOTE.NUMBER),
        currency,
        new Money(r.get(CREDIT_NOTE.AMOUNT), currency),
        new Money(r.get(CREDIT_NOTE.TAX), currency),
        r.get(CREDIT_NOTE.REASON),
        r.get(CREDIT_NOTE.STATUS),
        r.get(CREDIT_NOTE.CREATED_BY),
        r.get(CREDIT_NOTE.CREATED_AT),
        r.get(CREDIT_NOTE.REMINDERS),
        r.get(CREDIT_NOTE.ESCALATED_AT),
        r.get(CREDIT_NOTE.DECIDED_BY),
        r.get(CREDIT_NOTE.DECIDED_AT),
        r.get(CREDIT_NOTE.DECISION_NOTE),
        r.get(CREDIT_NOTE.WORKFLOW_ID),
        Boolean.TRUE.equals(r.get(HAS_PDF)));
  }
}
