package com.didtron.activities.account;

import com.didtron.activities.Facade;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A feature whose live rows point at accounts (users, rate cards, trunks). A deleted account is
 * purged only when no feature still references it; each owner answers for its own table.
 */
@Facade
public interface AccountReferences {
  /** Which of {@code accountIds} this feature's rows still reference. */
  Set<UUID> referenced(Collection<UUID> accountIds);

  /**
   * The usual answer: which of {@code accountIds} appear in {@code accountColumn} of the caller's
   * own table (any row, deleted or not).
   */
  static Set<UUID> among(
      DSLContext db, TableField<?, UUID> accountColumn, Collection<UUID> accountIds) {
    return new HashSet<>(
        db.selectDistinct(accountColumn)
            .from(accountColumn.getTable())
            .where(accountColumn.eq(DSL.any(accountIds.toArray(UUID[]::new))))
            .fetch(accountColumn));
  }
}
