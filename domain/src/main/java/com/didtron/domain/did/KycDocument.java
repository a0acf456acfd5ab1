package com.didtron.domain.did;

/** What a customer may have to prove before a number is activated (see DID requirements). */
public enum KycDocument {
  /** Identity of the end user: a person's ID or a company's representative. */
  IDENTITY,
  /**
   * A document (utility bill, bank statement) showing the address, usually at most 3 months old.
   */
  PROOF_OF_ADDRESS,
  /** An address inside the country. */
  LOCAL_ADDRESS,
  /** A company registration extract. */
  BUSINESS_REGISTRATION,
  /** What the number will be used for. */
  SERVICE_DESCRIPTION
}
