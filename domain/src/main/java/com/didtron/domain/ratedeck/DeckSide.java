package com.didtron.domain.ratedeck;

/** Which side of a call a rate card prices. */
public enum DeckSide {
  /** What a customer account pays us (its sell card). */
  SELL,
  /** What we pay a carrier (its buy card). */
  BUY
}
