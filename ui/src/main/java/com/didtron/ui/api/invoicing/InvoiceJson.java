package com.didtron.ui.api.invoicing;

import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An invoice in the API (amounts as exact decimal numbers). {@code status} ISSUED, OVERDUE, PAID or
 * CANCELLED; {@code outstanding} = total − credited − paid.
 */
public record InvoiceJson(
    UUID id,
    String number,
    UUID accountId,
    String accountName,
    String period,
    String periodStart,
    String periodEnd,
    String billingMode,
    String currency,
    BigDecimal subtotal,
    BigDecimal taxRate,
    BigDecimal tax,
    BigDecimal total,
    BigDecimal credited,
    String issuedAt,
    String workflowId,
    List<Line> lines,
    String status,
    String issueDate,
    String dueDate,
    BigDecimal paid,
    BigDecimal outstanding) {

  /** One line; counts are null when the usage source does not know them. */
  public record Line(
      int lineNo,
      String kind,
      String description,
      String destination,
      Long calls,
      Long billableSeconds,
      BigDecimal amount) {}

  static InvoiceJson of(Invoice i, List<InvoiceLine> lines) {
    return new InvoiceJson(
        i.id(),
        i.number(),
        i.accountId().value(),
        i.accountName(),
        i.period().key(),
        i.period().start().toString(),
        i.period().lastDay().toString(),
        i.billingMode().name(),
        i.currency().code(),
        i.subtotal().amount(),
        i.taxRate(),
        i.tax().amount(),
        i.total().amount(),
        plain(i.credited()),
        i.issuedAt().toString(),
        i.workflowId(),
        lines == null
            ? null
            : lines.stream()
                .map(
                    l ->
                        new Line(
                            l.lineNo(),
                            l.kind(),
                            l.description(),
                            l.destination(),
                            l.calls(),
                            l.billableSeconds(),
                            l.amount()))
                .toList(),
        i.status().name(),
        i.issueDate().toString(),
        i.dueDate().toString(),
        i.paid().amount(),
        outstanding(i));
  }

  /**
   * None credited reads {@code 0}, as the API always wrote it (a sum of credit notes otherwise).
   */
  private static BigDecimal plain(Money credited) {
    return credited.isZero() ? BigDecimal.ZERO : credited.amount();
  }

  /**
   * {@code 0} when credits and payments exceed the total, as the API always wrote it (else the
   * exact six-decimal remainder, {@code 0.000000} when paid exactly).
   */
  private static BigDecimal outstanding(Invoice i) {
    Money left = i.total().minus(i.credited()).minus(i.paid());
    return left.isNegative() ? BigDecimal.ZERO : left.amount();
  }
}
