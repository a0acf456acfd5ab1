package com.didtron.ui.security;

import com.didtron.activities.security.DidtronPrincipal;
import java.io.Serializable;

/**
 * A sign-in whose password was right but whose second factor is still due. It carries no roles:
 * {@link SessionGuardFilter} sends every request of such a session to the code page, and services
 * refuse it (it is not a {@link DidtronPrincipal}).
 */
record PendingSecondFactor(DidtronPrincipal principal, String address) implements Serializable {
  String email() {
    return principal.user().email();
  }
}
