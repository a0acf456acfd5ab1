/**
 * The double-entry ledger as pure values: the chart of accounts ({@link LedgerAccount}), journal
 * entries ({@link JournalEntryDraft} before posting, {@link JournalEntry} once stored), their
 * postings and the trial balance. Amounts are signed: positive is a debit, negative a credit; the
 * postings of an entry sum to zero in each currency (checked here and again by the database).
 */
package com.didtron.domain.ledger;
