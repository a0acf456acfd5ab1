package com.didtron.activities.switchpush;

import com.didtron.activities.switchsync.SwitchFailure;
import com.didtron.activities.switchsync.kamailio.KamailioRpcException;

/** How the sync reads a failed push: try again later (switch down) or set the object aside. */
final class SwitchErrors {
  private SwitchErrors() {}

  /** No answer from the switch (or a temporary refusal): the object stays pending. */
  static boolean unreachable(RuntimeException e) {
    if (e instanceof KamailioRpcException k) {
      return k.code() == 0;
    }
    if (e instanceof SwitchFailure f) {
      return f.retriable();
    }
    return false;
  }

  /** The message kept in the sync status: the switch's own words where it gave some. */
  static String message(RuntimeException e) {
    String m = e.getMessage();
    if (e instanceof KamailioRpcException || e instanceof SwitchFailure) {
      return m;
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return m == null ? e.getClass().getSimpleName() : m;
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
