package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.app.cli.Didtron;
import com.didtron.sip.sipp.SippPeer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ./didtron sip options|call} in-process against SIPp peers: key=value output and exit
 * codes.
 */
class SipCliIT {
  private record Run(int exit, Map<String, String> values, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : out.toString().split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return new Run(exit, values, err.toString());
  }

  @Test
  void aCallPrintsEveryFigureOneKeyValuePerLine() {
    try (SippPeer peer =
        SippPeer.scenario("uas-answer.xml")
            .set("ring_ms", 200)
            .set("answer_ms", 300)
            .rtpEcho()
            .start()) {
      Run r = run("sip", "call", "--to", peer.uri("4420").toString(), "--hold", "1");
      assertThat(r.exit()).isZero();
      assertThat(r.values())
          .containsEntry("result", "ANSWERED")
          .containsEntry("sip_code", "200")
          .containsKeys(
              "pdd_ms",
              "setup_ms",
              "duration_s",
              "packets_sent",
              "packets_received",
              "loss_pct",
              "jitter_ms",
              "mos");
      assertThat(Long.parseLong(r.values().get("pdd_ms"))).isBetween(0L, 500L);
      assertThat(Long.parseLong(r.values().get("setup_ms"))).isBetween(200L, 800L);
      assertThat(Double.parseDouble(r.values().get("duration_s"))).isBetween(0.7, 1.3);
      assertThat(Double.parseDouble(r.values().get("mos"))).isGreaterThan(4.0);
    }
  }

  @Test
  void aBusyCalleeStillExitsZero() {
    try (SippPeer peer = SippPeer.scenario("uas-busy.xml").set("ring_ms", 0).start()) {
      Run r = run("sip", "call", "--to", peer.uri("4421").toString(), "--no-media");
      assertThat(r.exit()).isZero();
      assertThat(r.values())
          .containsEntry("result", "BUSY")
          .containsEntry("sip_code", "486")
          .containsEntry("setup_ms", "")
          .containsEntry("duration_s", "0.00")
          .doesNotContainKey("mos");
    }
  }

  @Test
  void digestCredentialsFromTheCommandLine() {
    try (SippPeer peer = SippPeer.scenario("uas-auth.xml").start()) {
      Run r =
          run(
              "sip",
              "call",
              "--to",
              peer.uri("4424").toString(),
              "--hold",
              "0",
              "--user",
              "didtron",
              "--password",
              "secret");
      assertThat(r.values()).containsEntry("result", "ANSWERED");
    }
  }

  @Test
  void optionsPrintsResultCodeAndRoundTrip() {
    try (SippPeer peer = SippPeer.scenario("uas-options.xml").start()) {
      Run r = run("sip", "options", "sip:127.0.0.1:" + peer.port());
      assertThat(r.exit()).isZero();
      assertThat(r.values())
          .containsEntry("result", "OK")
          .containsEntry("sip_code", "200")
          .containsKey("rtt_ms");
    }
  }

  @Test
  void anUnreachableHostTimesOutQuicklyAndStillExitsZero() {
    Run r = run("sip", "options", "sip:127.0.0.1:9", "--timeout", "1");
    assertThat(r.exit()).isZero();
    assertThat(r.values()).containsEntry("result", "TIMEOUT").containsEntry("sip_code", "0");
    Run call = run("sip", "call", "--to", "sip:1@127.0.0.1:9", "--timeout", "1");
    assertThat(call.values()).containsEntry("result", "TIMEOUT");
    assertThat(call.values().get("error")).contains("no response from 127.0.0.1:9");
  }

  @Test
  void anUnparseableUriIsFailedWithAClearErrorAndBadUsage() {
    Run r = run("sip", "call", "--to", "not-a-uri");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.values()).containsEntry("result", "FAILED");
    assertThat(r.values().get("error")).contains("not a SIP URI");
    assertThat(r.err()).contains("not a SIP URI");
    assertThat(run("sip", "call", "--to", "sip:1@h", "--user", "u").exit()).isEqualTo(2);
    assertThat(run("sip", "options", "sip:no-such-host.invalid:5060").values())
        .containsEntry("result", "FAILED")
        .containsEntry("error", "unknown host no-such-host.invalid");
  }
}
