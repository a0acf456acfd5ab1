package com.didtron.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundAddressesTest {
  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean refused(String literal, String allow) {
    return OutboundAddresses.refusal(
            literal, List.of(ip(literal)), OutboundAddresses.parseAllowList(allow))
        .isPresent();
  }

  @Test
  void loopbackLinkLocalAndPrivateAddressesAreRefused() {
    for (String a :
        List.of(
            "127.0.0.1",
            "127.9.9.9",
            "169.254.169.254",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::5",
            "224.0.0.1")) {
      assertThat(refused(a, "")).as(a).isTrue();
    }
  }

  @Test
  void publicAddressesPass() {
    for (String a : List.of("8.8.8.8", "172.32.0.1", "93.184.216.34", "2001:4860:4860::8888")) {
      assertThat(refused(a, "")).as(a).isFalse();
    }
  }

  @Test
  void anAllowListedRangePassesAndNothingElse() {
    assertThat(refused("127.0.0.1", "127.0.0.0/8")).isFalse();
    assertThat(refused("10.20.30.40", "10.20.0.0/16, 127.0.0.1")).isFalse();
    assertThat(refused("10.21.0.1", "10.20.0.0/16")).isTrue();
    assertThat(refused("169.254.169.254", "127.0.0.0/8")).isTrue();
    assertThat(refused("::1", "::1/128")).isFalse();
  }

  @Test
  void oneInternalAddressAmongPublicOnesRefusesTheHostAndNamesTheAddress() {
    var refusal =
        OutboundAddresses.refusal(
            "rebind.example", List.of(ip("8.8.8.8"), ip("127.0.0.1")), List.of());
    assertThat(refusal)
        .hasValueSatisfying(
            m -> assertThat(m).startsWith("rebind.example (127.0.0.1) is a loopback"));
  }

  @Test
  void aHostThatResolvesToNothingIsRefused() {
    assertThat(OutboundAddresses.refusal("nowhere.invalid", List.of(), List.of()))
        .hasValue("nowhere.invalid does not resolve to any address");
  }

  @Test
  void aBadAllowListEntryIsNamed() {
    assertThatThrownBy(() -> OutboundAddresses.parseAllowList("10.0.0.0/8, intranet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not an address range: intranet");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
