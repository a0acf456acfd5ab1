package com.didtron.activities.ledger;

import com.didtron.activities.Facade;
import com.didtron.domain.ledger.JournalEntry;

/**
 * The outcome of posting: the entry, and whether this call stored it ({@code created}) or found it
 * already posted under the same idempotency key.
 */
@Facade
public record Posted(JournalEntry entry, boolean created) {}
