package com.didtron.sip.ua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallTimelineTest {
  private static final long MS = 1_000_000L;

  @Test
  void pddRunsToTheFirst18xAndSetupToThe200() {
    CallTimeline t = new CallTimeline();
    t.invite(1000 * MS);
    t.provisional(100, 1010 * MS);
    t.provisional(183, 1400 * MS);
    t.provisional(180, 1500 * MS);
    t.answered(2000 * MS);
    t.hangup(5000 * MS);
    assertThat(t.pddMs()).isEqualTo(400);
    assertThat(t.setupMs()).isEqualTo(1000);
    assertThat(t.durationMs()).isEqualTo(3000);
  }

  @Test
  void withoutRingingPddRunsToTheFinalResponse() {
    CallTimeline t = new CallTimeline();
    t.invite(0);
    t.provisional(100, 5 * MS);
    t.finalResponse(250 * MS);
    assertThat(t.pddMs()).isEqualTo(250);
    assertThat(t.setupMs()).isNull();
    assertThat(t.durationMs()).isZero();
  }

  @Test
  void nothingBackMeansNoPdd() {
    CallTimeline t = new CallTimeline();
    t.invite(0);
    assertThat(t.pddMs()).isNull();
  }
}
