package com.didtron.activities.did;

import com.didtron.activities.Facade;

/**
 * A change to a number in service refused before anything was written; the message is the reason
 * shown (an invalid destination, a ring timeout out of range, a number not in service).
 */
@Facade
public class DidChangeRefused extends RuntimeException {
  public DidChangeRefused(String reason) {
    super(reason);
  }
}
