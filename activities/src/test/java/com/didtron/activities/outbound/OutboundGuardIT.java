package com.didtron.activities.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.siptest.SipAgents;
import com.didtron.activities.siptest.SipAlertService;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.SipFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.siptest.AlertSettingsDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipTargetDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff cannot point the platform's outgoing calls (SIP targets, alert webhooks) at internal
 * addresses. The test platform allow-lists loopback only ({@code didtron.outbound.allow}), so
 * 127.0.0.1 passes here while link-local and private ranges are still refused.
 */
class OutboundGuardIT extends ActivitiesIT {
  @Autowired SipFixtures sip;
  @Autowired SipTargetService targets;
  @Autowired SipAlertService alerts;
  @Autowired SipAgents agents;

  private static final String SECRET = "0123456789abcdef-secret";

  private List<FieldProblem> target(Account carrier, String host) {
    return targets.save(
        admin(), carrier.id().value(), new SipTargetDraft(host, 5060, null, null, null, false));
  }

  @Test
  void aSipTargetInALinkLocalOrPrivateRangeIsRefusedAndNothingIsSaved() {
    Account carrier = sip.carrier(admin(), "Guarded", 5062, null, false);
    for (String host :
        List.of("169.254.169.254", "10.1.2.3", "192.168.0.10", "172.16.5.5", "fd00::1")) {
      assertThat(target(carrier, host))
          .as(host)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("host");
                assertThat(p.message())
                    .contains("loopback, link-local or private")
                    .contains("didtron.outbound.allow");
              });
    }
    assertThat(targets.find(admin(), carrier.id().value()))
        .hasValueSatisfying(
            t -> {
              assertThat(t.host()).isEqualTo("127.0.0.1");
              assertThat(t.port()).isEqualTo(5062);
            });
  }

  @Test
  void anAllowListedLoopbackTargetIsAccepted() {
    Account carrier = sip.carrier(admin(), "Loopback", 5063, null, false);
    assertThat(target(carrier, "127.0.0.1")).isEmpty();
    assertThat(target(carrier, "localhost")).isEmpty();
  }

  @Test
  void aWebhookToTheCloudMetadataAddressOrAPrivateHostIsRefused() {
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "https://10.0.0.5/hooks",
            "http://[fe80::1]/x")) {
      assertThat(alerts.saveSettings(admin(), new AlertSettingsDraft(url, SECRET, null)))
          .as(url)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("webhookUrl");
                assertThat(p.message()).contains("loopback, link-local or private");
              });
    }
    assertThat(String.valueOf(alerts.settings(admin()).webhookUrl()))
        .doesNotContain("169.254")
        .doesNotContain("10.0.0.5");
  }

  @Test
  void noTestCallOrProbeLeavesForAnInternalAddressEvenIfOneWasStoredEarlier() {
    assertThatThrownBy(() -> agents.towards("169.254.169.254"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loopback, link-local or private");
    assertThat(agents.towards("127.0.0.1")).isNotNull();
  }
}
