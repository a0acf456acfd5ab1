package com.didtron.domain.ledger;

/** The kind of business document a journal entry comes from. */
public enum SourceType {
  /** A rated CDR batch handed over by the rating pipeline. */
  CDR_BATCH,
  /** A payment: top-up, refund. */
  PAYMENT,
  INVOICE,
  CREDIT_NOTE,
  NETTING,
  /** A manual adjustment by an admin, with its reason. */
  ADJUSTMENT,
  /** A day of a number's rental (pay as you go), its {@code did_accrual} row. */
  DID_ACCRUAL,
  /** An ordered number's setup fee (and its reversal), its {@code did_order_item} row. */
  DID_SETUP
}
