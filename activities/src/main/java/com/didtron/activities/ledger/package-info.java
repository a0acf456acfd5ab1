/**
 * The double-entry ledger: {@link com.didtron.activities.ledger.Ledger} (post, reverse, balances,
 * trial balance, entries by source), {@link com.didtron.activities.ledger.LedgerQueries} (a
 * sub-account's postings for invoices, statements and reconciliation), the per-tenant {@link
 * com.didtron.activities.ledger.ChartOfAccounts} and the {@link
 * com.didtron.activities.ledger.LedgerVerifier} behind {@code didtron ledger verify}. Rules and
 * posting conventions: docs/ledger.md.
 */
package com.didtron.activities.ledger;
