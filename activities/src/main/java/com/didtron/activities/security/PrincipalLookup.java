package com.didtron.activities.security;

import com.didtron.activities.Facade;
import java.util.Optional;

/**
 * Finds the principal of a password login by email: a port the security feature owns and the user
 * feature implements, so security does not depend on the user package.
 */
@Facade
public interface PrincipalLookup {
  Optional<DidtronPrincipal> principal(String email);
}
