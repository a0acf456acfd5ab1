package com.didtron.activities.did;

import com.didtron.activities.Facade;

/**
 * An order refused before anything was reserved or charged; the message is the reason the customer
 * is shown ("+4930555100 is no longer available", missing documents, invalid destination).
 */
@Facade
public class DidOrderRefused extends RuntimeException {
  public DidOrderRefused(String reason) {
    super(reason);
  }
}
