package com.didtron.activities.switchsync.kamailio;

import com.didtron.activities.Facade;

/**
 * The switch refused an RPC ({@code code} is its JSON-RPC error code, e.g. 404 for an unknown
 * dialog) or could not be reached ({@code code} 0). What was written to its tables stays: the next
 * reload (or the switch's next start) applies it.
 */
@Facade
public final class KamailioRpcException extends RuntimeException {
  private final int code;

  KamailioRpcException(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
