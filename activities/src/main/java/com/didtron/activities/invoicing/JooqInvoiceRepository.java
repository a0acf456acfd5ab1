package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE;
import static com.didtron.activities.db.Tables.INVOICE_LINE;
import static com.didtron.activities.db.Tables.INVOICE_USAGE_ENTRY;

import com.didtron.activities.account.Accounts;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

/** Invoices, their lines and the usage entries they bill; records never leave this class. */
@Repository
class JooqInvoiceRepository {
  private static final Field<Boolean> HAS_PDF =
      DSL.field(INVOICE.PDF.isNotNull().or(INVOICE.PDF_FILE_ID.isNotNull())).as("has_pdf");

  private final DSLContext db;
  private final Accounts directory;
  private final InvoiceCredits credits;

  JooqInvoiceRepository(DSLContext db, Accounts directory, InvoiceCredits credits) {
    this.db = db;
    this.directory = directory;
    this.credits = credits;
  }

  /** What an insert needs beyond the totals. */
  record NewInvoice(
      UUID id,
      TenantId tenant,
      AccountId account,
      long seq,
      String number,
      BillingPeriod period,
      Instant closedAt,
      BillingMode mode,
      CurrencyCode currency,
      BigDecimal subtotal,
      BigDecimal taxRate,
      BigDecimal tax,
      BigDecimal total,
      Instant issuedAt,
      String workflowId,
      String zone,
      LocalDate issueDate,
      LocalDate dueDate,
      InvoiceStatus status) {}

  void insert(NewInvoice i, List<InvoiceLine> lines, List<InvoiceUsageSource.Part> parts) {
    db.insertInto(INVOICE)
        .set(INVOICE.ID, i.id())
        .set(INVOICE.TENANT_ID, i.tenant().value())
        .set(INVOICE.ACCOUNT_ID, i.account().value())
        .set(INVOICE.SEQ, i.seq())
        .set(INVOICE.NUMBER, i.number())
        .set(INVOICE.BILLING_CYCLE, i.period().cycle().name())
        .set(INVOICE.PERIOD_KEY, i.period().key())
        .set(INVOICE.PERIOD_START, i.period().start())
        .set(INVOICE.PERIOD_END, i.period().end())
        .set(INVOICE.CLOSED_AT, i.closedAt())
        .set(INVOICE.BILLING_MODE, i.mode().name())
        .set(INVOICE.CURRENCY, i.currency().code())
        .set(INVOICE.SUBTOTAL, i.subtotal())
        .set(INVOICE.TAX_RATE, i.taxRate())
        .set(INVOICE.TAX, i.tax())
        .set(INVOICE.TOTAL, i.total())
        .set(INVOICE.ISSUED_AT, i.issuedAt())
        .set(INVOICE.WORKFLOW_ID, i.workflowId())
        .set(INVOICE.TIME_ZONE, i.zone())
        .set(INVOICE.ISSUE_DATE, i.issueDate())
        .set(INVOICE.DUE_DATE, i.dueDate())
        .set(INVOICE.STATUS, i.status())
        .execute();
    for (InvoiceLine l : lines) {
      db.insertInto(INVOICE_LINE)
          .set(INVOICE_LINE.INVOICE_ID, i.id())
          .set(INVOICE_LINE.LINE_NO, l.lineNo())
          .set(INVOICE_LINE.KIND, l.kind())
          .set(INVOICE_LINE.DESCRIPTION, l.description())
          .set(INVOICE_LINE.DESTINATION, l.destination())
          .set(INVOICE_LINE.CALLS, l.calls())
          .set(INVOICE_LINE.BILLABLE_SECONDS, l.billableSeconds())
          .set(INVOICE_LINE.AMOUNT, l.amount())
          .execute();
    }
    for (InvoiceUsageSource.Part part : parts) {
      db.insertInto(INVOICE_USAGE_ENTRY)
          .set(INVOICE_USAGE_ENTRY.JOURNAL_ENTRY_ID, part.entryId())
          .set(
              INVOICE_USAGE_ENTRY.PERIOD_START,
              part.periodStart() == null ? null : part.periodStart())
          .set(INVOICE_USAGE_ENTRY.INVOICE_ID, i.id())
          .execute();
    }
  }

  Optional<Invoice> byPeriod(AccountId account, String periodKey) {
    return one(INVOICE.ACCOUNT_ID.eq(account.value()).and(INVOICE.PERIOD_KEY.eq(periodKey)));
  }

  Optional<Invoice> get(UUID id) {
    return one(INVOICE.ID.eq(id));
  }

  /** The tenant's invoices (of one account when given), newest first. */
  Page<Invoice> find(TenantId tenant, AccountId account, PageRequest page) {
    Condition c = INVOICE.TENANT_ID.eq(tenant.value());
    if (account != null) {
      c = c.and(INVOICE.ACCOUNT_ID.eq(account.value()));
    }
    long total = db.fetchCount(INVOICE, c);
    return new Page<>(
        toInvoices(
            select()
                .where(c)
                .orderBy(INVOICE.SEQ.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch()),
        total);
  }

  /** Every invoice of an account issued in [from, to), oldest first (statements). */
  List<Invoice> issuedBetween(AccountId account, Instant from, Instant to) {
    return toInvoices(
        select()
            .where(
                INVOICE
                    .ACCOUNT_ID
                    .eq(account.value())
                    .and(INVOICE.ISSUED_AT.ge(from))
                    .and(INVOICE.ISSUED_AT.lt(to)))
            .orderBy(INVOICE.ISSUED_AT, INVOICE.SEQ)
            .fetch());
  }

  List<InvoiceLine> lines(UUID invoice) {
    return db.selectFrom(INVOICE_LINE)
        .where(INVOICE_LINE.INVOICE_ID.eq(invoice))
        .orderBy(INVOICE_LINE.LINE_NO)
        .fetch(
            r ->
                new InvoiceLine(
                    r.getLineNo(),
                    r.getKind(),
                    r.getDescription(),
                    r.getDestination(),
                    r.getCalls(),
                    r.getBillableSeconds(),
                    r.getAmount()));
  }

  Optional<byte[]> pdf(UUID invoice) {
    return db.select(INVOICE.PDF)
        .from(INVOICE)
        .where(INVOICE.ID.eq(invoice))
        .fetchOptional(INVOICE.PDF);
  }

  /** The stored file of the invoice's PDF (invoices issued before the file store: none). */
  Optional<UUID> pdfFile(UUID invoice) {
    return db.select(INVOICE.PDF_FILE_ID)
        .from(INVOICE)
        .where(INVOICE.ID.eq(invoice).and(INVOICE.PDF_FILE_ID.isNotNull()))
        .fetchOptional(INVOICE.PDF_FILE_ID);
  }

  /** Links the PDF's stored file; false when the invoice already has a PDF. */
  boolean linkPdf(UUID invoice, UUID file) {
    return db.update(INVOICE)
            .set(INVOICE.PDF_FILE_ID, file)
            .where(
                INVOICE.ID.eq(invoice).and(INVOICE.PDF.isNull()).and(INVOICE.PDF_FILE_ID.isNull()))
            .execute()
        == 1;
  }

  void markEmailed(UUID invoice, Instant at) {
    db.update(INVOICE)
        .set(INVOICE.EMAILED_AT, at)
        .where(INVOICE.ID.eq(invoice).and(INVOICE.EMAILED_AT.isNull()))
        .execute();
  }

  /** Invoices of an account billed by these usage entries (statement grouping). */
  List<UUID> usageEntriesOf(UUID invoice) {
    return db.select(INVOICE_USAGE_ENTRY.JOURNAL_ENTRY_ID)
        .from(INVOICE_USAGE_ENTRY)
        .where(INVOICE_USAGE_ENTRY.INVOICE_ID.eq(invoice))
        .fetch(INVOICE_USAGE_ENTRY.JOURNAL_ENTRY_ID);
  }

  private SelectJoinStep<Record> select() {
    return db.select(INVOICE.asterisk().except(INVOICE.PDF)).select(HAS_PDF).from(INVOICE);
  }

  private Optional<Invoice> one(Condition c) {
    return select().where(c).fetchOptional().map(this::toInvoice);
  }

  private Invoice toInvoice(Record r) {
    return toInvoices(List.of(r)).getFirst();
  }

  private List<Invoice> toInvoices(List<? extends Record> rows) {
    Map<AccountId, String> names =
        directory.names(rows.stream().map(r -> new AccountId(r.get(INVOICE.ACCOUNT_ID))).toList());
    Map<UUID, BigDecimal> credited =
        credits.approved(rows.stream().map(r -> r.get(INVOICE.ID)).toList());
    return rows.stream()
        .map(
            r ->
                toInvoice(
                    r,
                    names.get(new AccountId(r.get(INVOICE.ACCOUNT_ID))),
                    credited.getOrDefault(r.get(INVOICE.ID), BigDecimal.ZERO)))
        .collect(Collectors.toList());
  }

  static Invoice toInvoice(Record r, String accountName, BigDecimal credited) {
    BillingCycle cycle = BillingCycle.valueOf(r.get(INVOICE.BILLING_CYCLE));
    CurrencyCode currency = new CurrencyCode(r.get(INVOICE.CURRENCY));
    return new Invoice(
        r.get(INVOICE.ID),
        new TenantId(r.get(INVOICE.TENANT_ID)),
        new AccountId(r.get(INVOICE.ACCOUNT_ID)),
        accountName,
        r.get(INVOICE.NUMBER),
        new BillingPeriod(cycle, r.get(INVOICE.PERIOD_START), r.get(INVOICE.PERIOD_END)),
        r.get(INVOICE.CLOSED_AT),
        BillingMode.valueOf(r.get(INVOICE.BILLING_MODE)),
        currency,
        new Money(r.get(INVOICE.SUBTOTAL), currency),
        r.get(INVOICE.TAX_RATE),
        new Money(r.get(INVOICE.TAX), currency),
        new Money(r.get(INVOICE.TOTAL), currency),
        new Money(credited, currency),
        r.get(INVOICE.ISSUED_AT),
        r.get(INVOICE.WORKFLOW_ID),
        Boolean.TRUE.equals(r.get(HAS_PDF)),
        r.get(INVOICE.EMAILED_AT),
        r.get(INVOICE.STATUS),
        r.get(INVOICE.ISSUE_DATE),
        r.get(INVOICE.DUE_DATE),
        new Money(r.get(INVOICE.PAID), currency));
  }
}
