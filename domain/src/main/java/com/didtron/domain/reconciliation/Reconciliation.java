package com.didtron.domain.reconciliation;

import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An imported carrier file compared with our supplier-rated usage, with its differences. */
public record Reconciliation(
    UUID id,
    AccountId accountId,
    String accountName,
    String fileName,
    String currency,
    LocalDate from,
    LocalDate to,
    BigDecimal theirMinutes,
    BigDecimal theirAmount,
    BigDecimal ourMinutes,
    BigDecimal ourAmount,
    String importedBy,
    Instant importedAt,
    List<Difference> differences) {
  public Reconciliation {
    differences = List.copyOf(differences);
  }

  /** What the carrier charges beyond our rating over the whole file (positive: it charges more). */
  public BigDecimal amountDifference() {
    return theirAmount.subtract(ourAmount);
  }
}
