package com.didtron.domain.access;

/**
 * Thrown when an actor asks for something its roles or tenant do not allow. The message is safe to
 * show: it never reveals whether the thing asked for exists.
 */
public class AccessDenied extends RuntimeException {
  public AccessDenied(String message) {
    super(message);
  }
}
