package com.didtron.sip.ua;

import java.util.Objects;

/** Digest credentials for a far end that challenges with 401 or 407. */
public record Credentials(String user, String password) {
  public Credentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=***]";
  }
}
