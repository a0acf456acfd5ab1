package com.didtron.ui.api.livecalls;

import com.didtron.activities.livecalls.LiveCall;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A call in progress; {@code gateway} is left out for a customer, {@code answeredAt} while it
 * rings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveCallJson(
    String id,
    String callId,
    UUID accountId,
    String account,
    String trunk,
    String from,
    String to,
    String gateway,
    String state,
    String answeredAt,
    long durationSeconds) {

  static LiveCallJson of(LiveCall c) {
    return new LiveCallJson(
        c.id(),
        c.callId(),
        c.account() == null ? null : c.account().value(),
        c.accountName(),
        c.trunk(),
        c.from(),
        c.to(),
        c.gateway(),
        c.state().name(),
        c.answeredAt() == null ? null : c.answeredAt().toString(),
        c.duration().toSeconds());
  }
}
