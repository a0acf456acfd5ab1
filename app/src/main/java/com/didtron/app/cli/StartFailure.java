package com.didtron.app.cli;

import com.didtron.app.platform.StartupProblem;

/** Turns a failed start into one line an operator can act on. */
final class StartFailure {
  private StartFailure() {}

  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StartupProblem problem) {
        return problem.getMessage();
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
