package com.didtron.ui.api.base;

import com.didtron.activities.security.CurrentActor;
import com.didtron.domain.access.Actor;

/** The actor of the current API request: the user whose key signed it, in the user's tenant. */
public final class ApiActor {
  private ApiActor() {}

  public static Actor current() {
    return CurrentActor.require();
  }
}
