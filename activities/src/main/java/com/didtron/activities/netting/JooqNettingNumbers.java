package com.didtron.activities.netting;

import static com.didtron.activities.db.Tables.NETTING_REQUEST;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link NettingNumbers} over the {@code netting_request} table. */
@Component
@Transactional(readOnly = true)
class JooqNettingNumbers implements NettingNumbers {
  private final DSLContext db;

  JooqNettingNumbers(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<UUID, String> numbers(Collection<UUID> ids) {
    Map<UUID, String> numbers = new HashMap<>();
    if (!ids.isEmpty()) {
      db.select(NETTING_REQUEST.ID, NETTING_REQUEST.NUMBER)
          .from(NETTING_REQUEST)
          .where(NETTING_REQUEST.ID.eq(DSL.any(ids.toArray(UUID[]::new))))
          .and(NETTING_REQUEST.NUMBER.isNotNull())
          .forEach(r -> numbers.put(r.value1(), r.value2()));
    }
    return numbers;
  }
}
