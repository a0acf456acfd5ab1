package com.didtron.activities.account;

import com.didtron.activities.Facade;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A feature whose live rows point at accounts (users, rate cards, trunks). A deleted account is
 * purged only when no feature still references it; each owner answers for its own table.
 */
@Facade
public interface AccountReferences {
  /** Which of {@code accountIds} this feature's rows still reference. */
  Set<UUID> referenced(Collection<UUID> accountIds);
}
