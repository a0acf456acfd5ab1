package com.didtron.sip.ua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.didtron.sip.sipp.SippPeer;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user agent against real SIPp peers running the scenarios in {@code src/main/resources/sipp}.
 * Delays measured must lie within ±300 ms of each scenario's configured delays.
 */
class SipUserAgentIT {
  private static final long TOLERANCE_MS = 300;
  private static SipUserAgent ua;

  @BeforeAll
  static void startAgent() {
    ua =
        SipUserAgent.start(
            new SipUserAgent.Config(InetAddress.getLoopbackAddress(), 0), TimeSource.SYSTEM);
  }

  @AfterAll
  static void stopAgent() {
    ua.close();
  }

  @Test
  void anAnsweredCallMeasuresPddSetupDurationAndEchoedMedia() {
    try (SippPeer peer =
        SippPeer.scenario("uas-answer.xml")
            .set("ring_ms", 400)
            .set("answer_ms", 600)
            .rtpEcho()
            .start()) {
      CallResult r = ua.call(CallRequest.to(peer.uri("4420")).withHold(Duration.ofSeconds(2)));

      assertThat(r.outcome()).as(r.toString()).isEqualTo(CallOutcome.ANSWERED);
      assertThat(r.sipCode()).isEqualTo(200);
      assertThat(r.pddMs()).isCloseTo(400L, within(TOLERANCE_MS));
      assertThat(r.setupMs()).isCloseTo(1000L, within(TOLERANCE_MS));
      assertThat(r.durationMs()).isCloseTo(2000L, within(TOLERANCE_MS));
      assertThat(r.error()).isNull();
      assertThat(r.media().packetsSent()).isBetween(90L, 110L);
      assertThat(r.media().packetsReceived()).isGreaterThanOrEqualTo(r.media().packetsSent() - 2);
      assertThat(r.media().lossPercent()).isLessThan(3.0);
      assertThat(r.media().mos()).isGreaterThan(4.0);
      assertThat(r.media().roundTripMs()).isNotNull();
    }
  }

  @Test
  void aBusyCalleeIsBusyWith486() {
    try (SippPeer peer = SippPeer.scenario("uas-busy.xml").set("ring_ms", 300).start()) {
      CallResult r = ua.call(CallRequest.to(peer.uri("4421")));
      assertThat(r.outcome()).isEqualTo(CallOutcome.BUSY);
      assertThat(r.sipCode()).isEqualTo(486);
      assertThat(r.pddMs()).isCloseTo(300L, within(TOLERANCE_MS));
      assertThat(r.setupMs()).isNull();
      assertThat(r.media()).isNull();
    }
  }

  @Test
  void aServiceUnavailableCarrierFailsWith503() {
    try (SippPeer peer = SippPeer.scenario("uas-unavailable.xml").set("ring_ms", 0).start()) {
      CallResult r = ua.call(CallRequest.to(peer.uri("4422")));
      assertThat(r.outcome()).isEqualTo(CallOutcome.FAILED);
      assertThat(r.sipCode()).isEqualTo(503);
      assertThat(r.reason()).isEqualTo("Service Unavailable");
    }
  }

  @Test
  void aCallNobodyAnswersIsCancelledAfterTheRingTimeout() {
    try (SippPeer peer = SippPeer.scenario("uas-no-answer.xml").set("ring_ms", 500).start()) {
      long start = System.nanoTime();
      CallResult r =
          ua.call(CallRequest.to(peer.uri("4423")).withRingTimeout(Duration.ofMillis(2000)));
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.outcome()).as(r.toString()).isEqualTo(CallOutcome.NO_ANSWER);
      assertThat(r.sipCode()).isEqualTo(487);
      assertThat(r.pddMs()).isCloseTo(500L, within(TOLERANCE_MS));
      assertThat(tookMs).isCloseTo(2000L, within(1000L));
    }
  }

  @Test
  void digestCredentialsAnswerTheChallenge() {
    try (SippPeer peer = SippPeer.scenario("uas-auth.xml").start()) {
      CallResult r =
          ua.call(
              CallRequest.to(peer.uri("4424"))
                  .withCredentials(new Credentials("didtron", "secret")));
      assertThat(r.outcome()).as(r.toString()).isEqualTo(CallOutcome.ANSWERED);
      assertThat(r.sipCode()).isEqualTo(200);
    }
  }

  @Test
  void withoutCredentialsTheChallengeIsTheFinalAnswer() {
    try (SippPeer peer = SippPeer.scenario("uas-auth.xml").start()) {
      CallResult r = ua.call(CallRequest.to(peer.uri("4425")));
      assertThat(r.outcome()).isEqualTo(CallOutcome.FAILED);
      assertThat(r.sipCode()).isEqualTo(401);
    }
  }

  @Test
  void wrongCredentialsAreForbidden() {
    try (SippPeer peer = SippPeer.scenario("uas-auth.xml").start()) {
      CallResult r =
          ua.call(
              CallRequest.to(peer.uri("4426"))
                  .withCredentials(new Credentials("didtron", "wrong")));
      assertThat(r.outcome()).isEqualTo(CallOutcome.FAILED);
      assertThat(r.sipCode()).isEqualTo(403);
    }
  }

  @Test
  void aMalformedResponseIsAFailureWithItsText() {
    try (SippPeer peer = SippPeer.scenario("uas-malformed.xml").start()) {
      CallResult r =
          ua.call(CallRequest.to(peer.uri("4427")).withResponseTimeout(Duration.ofSeconds(5)));
      assertThat(r.outcome()).isEqualTo(CallOutcome.FAILED);
      assertThat(r.error()).contains("malformed response").contains("CSeq: one INVITE");
    }
  }

  @Test
  void anOptionsResponderAnswers200() {
    try (SippPeer peer = SippPeer.scenario("uas-options.xml").start()) {
      OptionsResult r = ua.options(peer.uri(null), Duration.ofSeconds(3));
      assertThat(r.status()).as(r.toString()).isEqualTo(OptionsResult.Status.OK);
      assertThat(r.sipCode()).isEqualTo(200);
      assertThat(r.rttMs()).isLessThan(1000L);
    }
  }

  @Test
  void nobodyListeningIsATimeoutNotAHang() {
    SipUri silent = new SipUri("4428", "127.0.0.1", 9);
    long start = System.nanoTime();
    CallResult call = ua.call(CallRequest.to(silent).withResponseTimeout(Duration.ofSeconds(1)));
    OptionsResult ping = ua.options(silent, Duration.ofSeconds(1));
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(call.outcome()).isEqualTo(CallOutcome.TIMEOUT);
    assertThat(call.sipCode()).isZero();
    assertThat(call.error()).contains("no response from 127.0.0.1:9");
    assertThat(ping.status()).isEqualTo(OptionsResult.Status.TIMEOUT);
    assertThat(tookMs).isLessThan(4000);
  }

  @Test
  void anUnknownHostFailsAtOnceWithAClearError() {
    CallResult r = ua.call(CallRequest.to(new SipUri("1", "no-such-host.invalid", 5060)));
    assertThat(r.outcome()).isEqualTo(CallOutcome.FAILED);
    assertThat(r.error()).isEqualTo("unknown host no-such-host.invalid");
  }
}
