/**
 * Real-time credit control, the pure part: whether an account may place one more call and for how
 * long ({@link com.didtron.rating.credit.CreditDecision}), and the in-memory book of what its calls
 * in progress have reserved ({@link com.didtron.rating.credit.AccountBook}). No I/O: the platform
 * feeds the book with the ledger's balances and the account's limits (docs/switching.md).
 */
package com.didtron.rating.credit;
