package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.ACCOUNT_BLOCK;
import static com.didtron.activities.db.Tables.INVOICE;
import static com.didtron.activities.db.Tables.PAYMENT_ALLOCATION;
import static com.didtron.activities.db.Tables.PAYMENT_RECEIPT;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Invoice status, payment receipts and allocations, account blocks; records never leave this class.
 */
@Repository
class JooqInvoiceStatusRepository {
  private final DSLContext db;
  private final JooqInvoiceRepository invoices;

  JooqInvoiceStatusRepository(DSLContext db, JooqInvoiceRepository invoices) {
    this.db = db;
    this.invoices = invoices;
  }

  /** A payment received, once per payment; false when it was recorded before. */
  boolean receipt(TenantId tenant, AccountId account, UUID payment, Money credited, Instant at) {
    return db.insertInto(PAYMENT_RECEIPT)
            .set(PAYMENT_RECEIPT.PAYMENT_ID, payment)
            .set(PAYMENT_RECEIPT.TENANT_ID, tenant.value())
            .set(PAYMENT_RECEIPT.ACCOUNT_ID, account.value())
            .set(PAYMENT_RECEIPT.CURRENCY, credited.currency().code())
            .set(PAYMENT_RECEIPT.AMOUNT, credited.amount())
            .set(PAYMENT_RECEIPT.RECEIVED_AT, at)
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  /** A receipt with money not allocated yet. */
  record Unallocated(UUID paymentId, String currency, BigDecimal left) {}

  /** The account's receipts with money left, oldest first. */
  List<Unallocated> unallocated(AccountId account) {
    var used =
        DSL.coalesce(
            DSL.select(DSL.sum(PAYMENT_ALLOCATION.AMOUNT))
                .from(PAYMENT_ALLOCATION)
                .where(PAYMENT_ALLOCATION.PAYMENT_ID.eq(PAYMENT_RECEIPT.PAYMENT_ID))
                .asField(),
            BigDecimal.ZERO);
    return db.select(
            PAYMENT_RECEIPT.PAYMENT_ID,
            PAYMENT_RECEIPT.CURRENCY,
            PAYMENT_RECEIPT.AMOUNT.minus(used))
        .from(PAYMENT_RECEIPT)
        .where(PAYMENT_RECEIPT.ACCOUNT_ID.eq(account.value()))
        .and(PAYMENT_RECEIPT.AMOUNT.gt(used))
        .orderBy(PAYMENT_RECEIPT.RECEIVED_AT, PAYMENT_RECEIPT.PAYMENT_ID)
        .fetch(r -> new Unallocated(r.value1(), r.value2(), r.value3()));
  }

  /** The account's open invoices in {@code currency}, oldest first, locked. */
  List<Invoice> openOldestFirst(AccountId account, String currency) {
    List<UUID> ids =
        db.select(INVOICE.ID)
            .from(INVOICE)
            .where(INVOICE.ACCOUNT_ID.eq(account.value()))
            .and(INVOICE.CURRENCY.eq(currency))
            .and(INVOICE.STATUS.in(InvoiceStatus.ISSUED, InvoiceStatus.OVERDUE))
            .orderBy(INVOICE.ISSUE_DATE, INVOICE.SEQ)
            .forUpdate()
            .fetch(INVOICE.ID);
    return ids.stream().map(id -> invoices.get(id).orElseThrow()).toList();
  }

  void allocate(TenantId tenant, UUID payment, UUID invoice, BigDecimal amount, Instant at) {
    db.insertInto(PAYMENT_ALLOCATION)
        .set(PAYMENT_ALLOCATION.ID, UUID.randomUUID())
        .set(PAYMENT_ALLOCATION.TENANT_ID, tenant.value())
        .set(PAYMENT_ALLOCATION.PAYMENT_ID, payment)
        .set(PAYMENT_ALLOCATION.INVOICE_ID, invoice)
        .set(PAYMENT_ALLOCATION.AMOUNT, amount)
        .set(PAYMENT_ALLOCATION.ALLOCATED_AT, at)
        .execute();
    db.update(INVOICE)
        .set(INVOICE.PAID, INVOICE.PAID.plus(amount))
        .where(INVOICE.ID.eq(invoice))
        .execute();
  }

  /** The allocations of an invoice: payment id and amount, oldest first. */
  List<Allocation> allocations(UUID invoice) {
    return db.select(
            PAYMENT_ALLOCATION.PAYMENT_ID,
            PAYMENT_ALLOCATION.AMOUNT,
            PAYMENT_ALLOCATION.ALLOCATED_AT)
        .from(PAYMENT_ALLOCATION)
        .where(PAYMENT_ALLOCATION.INVOICE_ID.eq(invoice))
        .orderBy(PAYMENT_ALLOCATION.ALLOCATED_AT, PAYMENT_ALLOCATION.ID)
        .fetch(r -> new Allocation(r.value1(), r.value2(), r.value3()));
  }

  /** Part of a payment applied to an invoice. */
  record Allocation(UUID paymentId, BigDecimal amount, Instant at) {}

  /**
   * Moves the invoice from {@code from} to {@code to} (the domain checked the move); false if it
   * moved on.
   */
  boolean status(UUID invoice, InvoiceStatus from, InvoiceStatus to) {
    return db.update(INVOICE)
            .set(INVOICE.STATUS, from.moveTo(to))
            .where(INVOICE.ID.eq(invoice).and(INVOICE.STATUS.eq(from)))
            .execute()
        == 1;
  }

  /** Records a block of the account for the invoice; false when it is blocked for it already. */
  boolean block(TenantId tenant, AccountId account, UUID invoice, String workflowId, Instant at) {
    return db.insertInto(ACCOUNT_BLOCK)
            .set(ACCOUNT_BLOCK.ID, UUID.randomUUID())
            .set(ACCOUNT_BLOCK.TENANT_ID, tenant.value())
            .set(ACCOUNT_BLOCK.ACCOUNT_ID, account.value())
            .set(ACCOUNT_BLOCK.REASON, "OVERDUE")
            .set(ACCOUNT_BLOCK.INVOICE_ID, invoice)
            .set(ACCOUNT_BLOCK.BLOCKED_AT, at)
            .set(ACCOUNT_BLOCK.WORKFLOW_ID, workflowId)
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  /** Lifts the invoice's active block; false when there is none. */
  boolean unblock(UUID invoice, Instant at) {
    return db.update(ACCOUNT_BLOCK)
            .set(ACCOUNT_BLOCK.UNBLOCKED_AT, at)
            .where(ACCOUNT_BLOCK.INVOICE_ID.eq(invoice).and(ACCOUNT_BLOCK.UNBLOCKED_AT.isNull()))
            .execute()
        > 0;
  }

  /** Whether the account has any active block. */
  boolean blocked(AccountId account) {
    return db.fetchExists(
        ACCOUNT_BLOCK,
        ACCOUNT_BLOCK.ACCOUNT_ID.eq(account.value()).and(ACCOUNT_BLOCK.UNBLOCKED_AT.isNull()));
  }

  /** The numbers of the invoices an account is blocked for. */
  List<String> blockedFor(AccountId account) {
    return db.select(INVOICE.NUMBER)
        .from(ACCOUNT_BLOCK)
        .join(INVOICE)
        .on(INVOICE.ID.eq(ACCOUNT_BLOCK.INVOICE_ID))
        .where(
            ACCOUNT_BLOCK.ACCOUNT_ID.eq(account.value()).and(ACCOUNT_BLOCK.UNBLOCKED_AT.isNull()))
        .orderBy(INVOICE.SEQ)
        .fetch(INVOICE.NUMBER);
  }
}
