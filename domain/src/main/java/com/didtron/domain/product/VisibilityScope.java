package com.didtron.domain.product;

/** To whom a visibility rule shows a product. */
public enum VisibilityScope {
  /** Every customer of the brand. */
  ALL,
  /** The customers of one category. */
  CATEGORY,
  /** The customers of one group. */
  GROUP,
  /** One named customer account. */
  ACCOUNT
}
