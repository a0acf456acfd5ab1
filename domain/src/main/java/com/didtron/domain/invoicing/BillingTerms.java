package com.didtron.domain.invoicing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How an account is invoiced: its billing cycle, the time zone its periods are cut in (a call
 * belongs to the period containing its start time there), the tax rate in percent, and how many
 * days after issue an invoice is due. {@link #paymentTerms()} writes cycle and due days the way
 * finance says them: {@code 30/15} is monthly, due 15 days after issue.
 */
public record BillingTerms(BillingCycle cycle, ZoneId zone, BigDecimal taxRate, int dueDays) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The most a due date may lie after the issue date. */
  public static final int MAX_DUE_DAYS = 365;

  /** The default of a new account: monthly in UTC, no tax, due 15 days after issue. */
  public static final BillingTerms DEFAULT =
      new BillingTerms(BillingCycle.MONTHLY, ZoneId.of("UTC"), BigDecimal.ZERO, 15);

  public BillingTerms {
    if (cycle == null) {
      throw new IllegalArgumentException("Choose a billing cycle");
    }
    Objects.requireNonNull(zone, "zone");
    if (taxRate == null
        || taxRate.signum() < 0
        || taxRate.compareTo(HUNDRED) >= 0
        || taxRate.scale() > 4) {
      throw new IllegalArgumentException(
          "The tax rate is a percentage from 0 to below 100 with at most 4 decimals");
    }
    taxRate = taxRate.setScale(4); // as stored, so equal terms are equal
    if (dueDays < 0 || dueDays > MAX_DUE_DAYS) {
      throw new IllegalArgumentException(
          "Payment is due 0 to " + MAX_DUE_DAYS + " days after issue, not " + dueDays);
    }
  }

  /**
   * Reads a time zone id ({@code Europe/Berlin}, {@code UTC}, {@code +05:30}); refuses an unknown
   * one.
   */
  public static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      return DEFAULT.zone();
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Unknown time zone: " + id.strip() + " (e.g. UTC, Europe/Berlin)");
    }
  }

  /**
   * Reads payment terms such as {@code 30/15} (cycle days / due days) into a cycle and due days
   * added to the other terms.
   */
  public BillingTerms withPaymentTerms(String terms) {
    String[] parts = terms == null ? new String[0] : terms.strip().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "Payment terms are cycle days / due days, e.g. 30/15, not " + terms);
    }
    try {
      return new BillingTerms(
          BillingCycle.ofDays(Integer.parseInt(parts[0].strip())),
          zone,
          taxRate,
          Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Payment terms are cycle days / due days, e.g. 30/15, not " + terms);
    }
  }

  /** {@code cycle days/due days}, e.g. {@code 7/7}, {@code 15/7}, {@code 30/15}. */
  public String paymentTerms() {
    return cycle.days() + "/" + dueDays;
  }

  /** The due date of an invoice issued on {@code issueDate}. */
  public LocalDate dueDate(LocalDate issueDate) {
    return issueDate.plusDays(dueDays);
  }
}
