/**
 * What a hosted switch (ConnexCS) keeps as its enforcement copy of an account, derived from the
 * ledger's authoritative balance: {@link com.didtron.domain.switchsync.SwitchCredit}.
 */
package com.didtron.domain.switchsync;
