package com.didtron.activities.invoicing;

import static com.didtron.activities.db.Tables.INVOICE_USAGE_ENTRY;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Which parts of usage entries invoices have billed ({@code invoice_usage_entry}). */
@Component
class BilledUsage {
  private final DSLContext db;

  BilledUsage(DSLContext db) {
    this.db = db;
  }

  /**
   * The billed parts of these entries: per entry the period starts billed, {@code null} among them
   * when the entry was billed whole; entries without any billed part are left out.
   */
  Map<UUID, Set<Instant>> parts(Collection<UUID> entries) {
    Map<UUID, Set<Instant>> out = new HashMap<>();
    if (!entries.isEmpty()) {
      db.select(INVOICE_USAGE_ENTRY.JOURNAL_ENTRY_ID, INVOICE_USAGE_ENTRY.PERIOD_START)
          .from(INVOICE_USAGE_ENTRY)
          .where(INVOICE_USAGE_ENTRY.JOURNAL_ENTRY_ID.eq(DSL.any(entries.toArray(UUID[]::new))))
          .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
    }
    return out;
  }
}
