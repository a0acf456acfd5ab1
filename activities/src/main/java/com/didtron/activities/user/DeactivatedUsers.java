package com.didtron.activities.user;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.UserId;

/**
 * Told when a user is disabled or deleted, inside that transaction (the API keys feature revokes
 * the user's keys). The user feature owns this port so that it depends on nobody who reacts.
 */
@Facade
public interface DeactivatedUsers {
  /** {@code user} was disabled or deleted by {@code actor} in the current transaction. */
  void deactivated(Actor actor, UserId user);
}
