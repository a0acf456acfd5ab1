package com.didtron.activities.testing;

/** The first super admin of every test platform and test context (created on its first start). */
public final class TestAdmin {
  public static final String EMAIL = "admin@didtron.test";
  public static final String PASSWORD = "correct-horse-battery-staple";

  private TestAdmin() {}
}
