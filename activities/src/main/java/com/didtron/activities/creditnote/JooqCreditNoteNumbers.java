package com.didtron.activities.creditnote;

import static com.didtron.activities.db.Tables.CREDIT_NOTE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CreditNoteNumbers} over the {@code credit_note} table. */
@Component
@Transactional(readOnly = true)
class JooqCreditNoteNumbers implements CreditNoteNumbers {
  private final DSLContext db;

  JooqCreditNoteNumbers(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<UUID, String> numbers(Collection<UUID> ids) {
    Map<UUID, String> numbers = new HashMap<>();
    if (!ids.isEmpty()) {
      db.select(CREDIT_NOTE.ID, CREDIT_NOTE.NUMBER)
          .from(CREDIT_NOTE)
          .where(CREDIT_NOTE.ID.eq(DSL.any(ids.toArray(UUID[]::new))))
          .and(CREDIT_NOTE.NUMBER.isNotNull())
          .forEach(r -> numbers.put(r.value1(), r.value2()));
    }
    return numbers;
  }
}
