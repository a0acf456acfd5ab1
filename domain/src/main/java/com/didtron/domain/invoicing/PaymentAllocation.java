package com.didtron.domain.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Oldest first: a payment settles the open invoices in the order given (oldest first), each up to
 * what is still outstanding on it, until the money runs out. What is left stays unallocated (credit
 * for the next invoice).
 */
public final class PaymentAllocation {
  private PaymentAllocation() {}

  /** An open invoice and what is still owed on it. */
  public record Open(UUID invoiceId, BigDecimal outstanding) {
    public Open {
      Objects.requireNonNull(invoiceId, "invoiceId");
      Objects.requireNonNull(outstanding, "outstanding");
    }
  }

  /**
   * Part of a payment applied to one invoice; {@code settles}: nothing is owed on it afterwards.
   */
  public record Applied(UUID invoiceId, BigDecimal amount, boolean settles) {}

  /** How {@code amount} is applied and what is left unallocated. */
  public record Result(List<Applied> applied, BigDecimal unallocated) {
    public Result {
      applied = List.copyOf(applied);
    }
  }

  /**
   * Applies {@code amount} to {@code oldestFirst}; invoices with nothing outstanding are skipped.
   */
  public static Result allocate(BigDecimal amount, List<Open> oldestFirst) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a payment to allocate is not negative");
    }
    BigDecimal left = amount;
    List<Applied> out = new ArrayList<>();
    for (Open o : oldestFirst) {
      if (left.signum() == 0) {
        break;
      }
      if (o.outstanding().signum() <= 0) {
        continue;
      }
      BigDecimal part = left.min(o.outstanding());
      out.add(new Applied(o.invoiceId(), part, part.compareTo(o.outstanding()) == 0));
      left = left.subtract(part);
    }
    return new Result(out, left);
  }
}
