package com.didtron.domain.account;

/**
 * What an account does with us: buys termination (customer), sells it to us (carrier), or both (an
 * interconnect partner, to whom bilateral netting applies).
 */
public enum AccountKind {
  CUSTOMER,
  CARRIER,
  BOTH;

  public boolean buysFromUs() {
    return this != CARRIER;
  }

  public boolean sellsToUs() {
    return this != CUSTOMER;
  }
}
