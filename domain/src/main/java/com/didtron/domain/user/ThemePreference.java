package com.didtron.domain.user;

/** The colour scheme a user chose; SYSTEM follows the operating system. */
public enum ThemePreference {
  LIGHT,
  DARK,
  SYSTEM
}
