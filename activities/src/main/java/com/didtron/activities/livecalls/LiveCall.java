package com.didtron.activities.livecalls;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;

/**
 * A call in progress as the reader may see it.
 *
 * @param id what {@link LiveCalls#hangUp} takes (the switch's dialog id, e.g. {@code 1578:3904})
 * @param account the calling customer account; null when the switch names no DIDTron account
 * @param trunk the trunk's name when DIDTron knows it, else the switch's tag for it
 * @param gateway the carrier gateway the call went to; null for a customer, who never sees it
 * @param answeredAt when the call was answered; null while it rings
 * @param duration how long it has been talking; zero while it rings
 */
@Facade
public record LiveCall(
    String id,
    String callId,
    AccountId account,
    String accountName,
    String trunk,
    String from,
    String to,
    String gateway,
    State state,
    Instant answeredAt,
    Duration duration) {

  /** Where the call stands. */
  public enum State {
    /** Sent on, no answer yet. */
    RINGING,
    /** Answered and talking. */
    ANSWERED
  }

  /** The same call without the carrier side (what a customer sees). */
  LiveCall withoutCarrier() {
    return new LiveCall(
        id, callId, account, accountName, trunk, from, to, null, state, answeredAt, duration);
  }
}
