package com.didtron.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of account for [from, to): documents and money movements with a running balance.
 * Amounts are from the party's point of view of what is owed: for a customer, positive = it owes
 * us; for a carrier, positive = we owe it.
 *
 * @param side CUSTOMER (invoices, payments, credit notes, netting) or CARRIER (cost by day,
 *     netting)
 * @param unbilled customer usage already in the ledger but on no invoice yet (zero for carriers)
 * @param ledgerBalance the sub-account's ledger balance at the end: closing + unbilled
 */
public record Statement(
    String accountName,
    String currency,
    String side,
    LocalDate from,
    LocalDate to,
    BigDecimal opening,
    List<Row> rows,
    BigDecimal closing,
    BigDecimal unbilled,
    BigDecimal ledgerBalance) {
  public Statement {
    rows = List.copyOf(rows);
  }

  /** One line: {@code charge} raises what is owed, {@code credit} lowers it. */
  public record Row(
      LocalDate date,
      String kind,
      String reference,
      String description,
      BigDecimal charge,
      BigDecimal credit,
      BigDecimal balance) {}
}
