package com.didtron.app.platform;

/**
 * A reason the platform cannot start that the operator can fix (a wrong database URL, Temporal
 * unreachable, a port in use). The CLI prints its message as one line, without a stack trace.
 */
public class StartupProblem extends RuntimeException {
  public StartupProblem(String message, Throwable cause) {
    super(message, cause);
  }

  public StartupProblem(String message) {
    super(message);
  }
}
