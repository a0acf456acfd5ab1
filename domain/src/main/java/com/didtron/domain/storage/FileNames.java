package com.didtron.domain.storage;

import java.text.Normalizer;

/**
 * Makes a client's file name safe to keep and to send back in {@code Content-Disposition}: the last
 * path segment only, letters, digits, dot, dash, underscore and space, at most 120 characters.
 * Never used to build a storage path.
 */
public final class FileNames {
  private static final int MAX = 120;

  private FileNames() {}

  /** The safe form of {@code name}; {@code fallback} when nothing usable is left. */
  public static String sanitise(String name, String fallback) {
    if (name == null) {
      return fallback;
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String ascii = Normalizer.normalize(last, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String safe = ascii.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    safe = safe.replaceAll("^[.]+", "");
    if (safe.length() > MAX) {
      safe = safe.substring(safe.length() - MAX);
    }
    return safe.isBlank() ? fallback : safe;
  }
}
