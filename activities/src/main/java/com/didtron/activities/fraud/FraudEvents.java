package com.didtron.activities.fraud;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.fraud.FraudEventId;
import java.util.List;

/**
 * The fraud events of the actor's tenant: what the live-CDR detector found and did. Staff read;
 * super admins and tenant admins clear. Customers and carriers see none of it (only the block or
 * suspension of their account, with its reason, through the trunk feature).
 */
@Facade
public interface FraudEvents {
  /** Events matching the filter, newest first, with their account names. */
  List<FraudEvent> find(Actor actor, FraudFilter filter);

  /** One event; a missing or foreign one is a {@link java.util.NoSuchElementException}. */
  FraudEvent get(Actor actor, FraudEventId id);

  /**
   * Clears an open event with the note audited. A cleared BLOCK lifts the account's call block
   * unless another open event still blocks it; a cleared SUSPEND leaves the account suspended
   * (resuming it is a separate, deliberate step). The metric's window then starts afresh: only
   * calls after the clearing count. A cleared event is an {@link IllegalStateException}; a blank
   * note an {@link IllegalArgumentException}.
   */
  FraudEvent clear(Actor actor, FraudEventId id, String note);
}
