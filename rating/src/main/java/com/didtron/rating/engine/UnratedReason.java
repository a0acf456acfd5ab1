package com.didtron.rating.engine;

/** Why a CDR was left unrated, in the order the checks run. Unrated CDRs can be re-rated. */
public enum UnratedReason {
  /** The record itself is malformed (missing or unparseable start time or duration). */
  INVALID_RECORD,
  /** The dialled number has characters other than digits after an optional leading {@code +}. */
  INVALID_NUMBER,
  /** The account has no sell deck, or no entry of it matches the number at the call's start. */
  NO_CUSTOMER_RATE,
  /** The carrier has no buy deck, or no entry of it matches the number at the call's start. */
  NO_CARRIER_RATE
}
