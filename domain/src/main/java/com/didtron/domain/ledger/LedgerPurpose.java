package com.didtron.domain.ledger;

/**
 * What a ledger account is for. Every tenant's chart has one control account per purpose; the
 * purposes marked {@link #perParty()} have a postable sub-account per customer or carrier below it.
 */
public enum LedgerPurpose {
  /** What each customer owes us (debit) or has prepaid (credit). */
  CUSTOMER_BALANCE("1100", "Customer balances / receivable", LedgerAccountType.ASSET, true),
  /** Money received through a payment channel (Stripe, PayPal, bank) not yet reconciled. */
  PAYMENT_CLEARING("1200", "Payment clearing", LedgerAccountType.ASSET, false),
  /** What we owe each carrier for terminated traffic. */
  CARRIER_PAYABLE("2100", "Carrier payables", LedgerAccountType.LIABILITY, true),
  /** Tax collected on invoices, owed to the tax authority. */
  TAX("2200", "Tax payable", LedgerAccountType.LIABILITY, false),
  /** Sales: customer usage and manual charges. */
  REVENUE("4000", "Revenue", LedgerAccountType.REVENUE, false),
  /** What carriers charge us for the calls we sold. */
  COST_OF_SALES("5000", "Cost of sales", LedgerAccountType.EXPENSE, false),
  /** Credit given away: promotions, goodwill adjustments. */
  PROMOTIONAL_CREDIT("5100", "Promotional credit", LedgerAccountType.EXPENSE, false),
  /** Currency conversion: the exchange position between currencies and realised differences. */
  FX_DIFFERENCES("5900", "FX differences", LedgerAccountType.EXPENSE, false);

  private final String code;
  private final String title;
  private final LedgerAccountType type;
  private final boolean perParty;

  LedgerPurpose(String code, String title, LedgerAccountType type, boolean perParty) {
    this.code = code;
    this.title = title;
    this.type = type;
    this.perParty = perParty;
  }

  /** The account number of the control account, e.g. {@code 1100}. */
  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public LedgerAccountType type() {
    return type;
  }

  /**
   * Whether postings go to one sub-account per customer/carrier rather than the control account.
   */
  public boolean perParty() {
    return perParty;
  }
}
