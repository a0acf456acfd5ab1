package com.didtron.testsupport;

import java.util.UUID;

/** Names that never collide between tests sharing one database. */
public final class TestNames {
  private TestNames() {}

  /** {@code prefix} and eight random hex digits, e.g. {@code CUSTOMER-1f3a9c02}. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
