package com.didtron.activities.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutboundGuardTest {
  private final OutboundGuard strict = new OutboundGuard("");
  private final OutboundGuard loopbackAllowed = new OutboundGuard("127.0.0.0/8, ::1/128");

  @Test
  void loopbackLinkLocalAndPrivateHostsAreRefusedWithoutAnAllowList() {
    assertThat(strict.hostRefusal("127.0.0.1"))
        .hasValueSatisfying(
            m ->
                assertThat(m).startsWith("127.0.0.1 is a loopback, link-local or private address"));
    assertThat(strict.hostRefusal("169.254.169.254")).isPresent();
    assertThat(strict.hostRefusal("10.1.2.3")).isPresent();
    assertThat(strict.hostRefusal("[::1]")).isPresent();
    assertThat(strict.urlRefusal("http://169.254.169.254/latest/meta-data/")).isPresent();
  }

  @Test
  void aHostNameThatResolvesToLoopbackIsRefusedNamingTheAddress() {
    assertThat(strict.hostRefusal("localhost"))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith("localhost (")
                    .contains("is a loopback, link-local or private address"));
    assertThat(strict.urlRefusal("https://localhost:8443/hooks")).isPresent();
  }

  @Test
  void theAllowListLetsLoopbackThroughButNothingElseInternal() {
    assertThat(loopbackAllowed.hostRefusal("127.0.0.1")).isEmpty();
    assertThat(loopbackAllowed.urlRefusal("http://localhost:9000/hook")).isEmpty();
    assertThat(loopbackAllowed.hostRefusal("10.1.2.3")).isPresent();
    assertThat(loopbackAllowed.hostRefusal("169.254.1.1")).isPresent();
  }

  @Test
  void aPublicAddressPassesAndANameThatDoesNotResolveIsRefused() {
    assertThat(strict.hostRefusal("8.8.8.8")).isEmpty();
    assertThat(strict.hostRefusal("no-such-host.invalid"))
        .hasValue("no-such-host.invalid does not resolve to any address");
    assertThat(strict.urlRefusal("http:///nohost")).isPresent();
  }

  @Test
  void aMistypedAllowListStopsTheStartWithTheSettingNamed() {
    assertThatThrownBy(() -> new OutboundGuard("10.0.0.0/8;192.168.0.0/16"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("didtron.outbound.allow: ");
  }
}
