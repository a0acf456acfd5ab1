package com.didtron.activities.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up by email for Spring Security's password login. */
@Service
public class DidtronUserDetailsService implements UserDetailsService {
  private final PrincipalLookup logins;

  public DidtronUserDetailsService(PrincipalLookup logins) {
    this.logins = logins;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return logins.principal(email).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
