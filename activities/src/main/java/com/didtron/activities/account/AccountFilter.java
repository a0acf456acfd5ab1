package com.didtron.activities.account;

import com.didtron.domain.account.AccountKind;

/**
 * Filters of the account list.
 *
 * @param text part of the name or email, case-insensitive; blank for all
 * @param kind only this kind (customers also match BOTH); null for all
 * @param deleted true lists only soft-deleted accounts (for restore), false only live ones
 */
public record AccountFilter(String text, AccountKind kind, boolean deleted) {
  public static AccountFilter live() {
    return new AccountFilter(null, null, false);
  }
}
