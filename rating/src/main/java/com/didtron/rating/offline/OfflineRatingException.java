package com.didtron.rating.offline;

/** Offline rating could not run: a file is missing or unreadable, or a deck or header is bad. */
public final class OfflineRatingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message is one line, fit to print as is. */
  public OfflineRatingException(String message) {
    super(message);
  }

  /** An exception with a one-line message and its cause. */
  public OfflineRatingException(String message, Throwable cause) {
    super(message, cause);
  }
}
