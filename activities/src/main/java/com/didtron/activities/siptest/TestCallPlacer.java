package com.didtron.activities.siptest;

import com.didtron.domain.tenant.TenantId;
import com.didtron.sip.ua.CallRequest;
import com.didtron.sip.ua.CallResult;
import com.didtron.sip.ua.Credentials;
import com.didtron.sip.ua.SipUri;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Places one test call to a carrier's SIP target and stores the result under an idempotency key: a
 * call already stored under the key is returned instead of calling again (an activity retried after
 * a worker crash does not call twice). No database transaction is held during the call.
 */
@Component
class TestCallPlacer {
  /** What to call and how. */
  record Placement(
      TenantId tenant,
      UUID runId,
      JooqTestCalls.Source source,
      String callKey,
      UUID carrierId,
      String destination,
      Duration hold,
      Duration ringTimeout) {}

  private final JooqSipTargets targets;
  private final JooqTestCalls calls;
  private final SipAgents agents;
  private final Clock clock;

  TestCallPlacer(JooqSipTargets targets, JooqTestCalls calls, SipAgents agents, Clock clock) {
    this.targets = targets;
    this.calls = calls;
    this.agents = agents;
    this.clock = clock;
  }

  TestCall place(Placement p) {
    return calls
        .byKey(p.callKey())
        .orElseGet(
            () -> {
              CallResult result =
                  targets
                      .find(p.carrierId())
                      .map(t -> call(t, p))
                      .orElseGet(
                          () ->
                              CallResult.failed(clock.instant(), "the carrier has no SIP target"));
              calls.insert(
                  p.tenant(),
                  p.runId(),
                  p.source(),
                  p.callKey(),
                  p.carrierId(),
                  p.destination(),
                  result);
              return calls.byKey(p.callKey()).orElseThrow();
            });
  }

  private CallResult call(SipTarget t, Placement p) {
    CallRequest request =
        new CallRequest(
            new SipUri(p.destination(), t.host(), t.port()),
            null,
            p.hold(),
            t.hasCredentials() ? new Credentials(t.authUser(), t.authPassword()) : null,
            p.ringTimeout(),
            null,
            true);
    try {
      return agents.towards(t.host()).call(request);
    } catch (RuntimeException e) {
      return CallResult.failed(clock.instant(), "could not place the call: " + e.getMessage());
    }
  }
}
