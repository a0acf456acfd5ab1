package com.didtron.activities.switchsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchRecordsTest {
  @Test
  void aCustomerAddressTakesAnIpWithAPrefixLengthAndRefusesAnythingElse() {
    assertThat(CustomerAddress.host("203.0.113.7", "t1").mask()).isEqualTo(32);
    assertThat(CustomerAddress.host("2001:db8::1", "t1").mask()).isEqualTo(128);
    assertThat(new CustomerAddress("203.0.113.0", 24, 5060, "t1").port()).isEqualTo(5060);
    assertThatThrownBy(() -> CustomerAddress.host("carrier.example", "t1"))
        .hasMessageContaining("not an IP address");
    assertThatThrownBy(() -> new CustomerAddress("203.0.113.0", 33, 0, "t1"))
        .hasMessageContaining("0..32");
    assertThatThrownBy(() -> new CustomerAddress("203.0.113.0", 24, 70000, "t1"))
        .hasMessageContaining("port");
  }

  @Test
  void aGatewayIsHostAndPortWithADigitsOnlyTechPrefix() {
    CarrierGateway gw = new CarrierGateway("trunk-1", "carrier.example:5060", 1, "0044", null);
    assertThat(gw.prefix()).isEqualTo("0044");
    assertThat(gw.description()).isEmpty();
    assertThatThrownBy(() -> new CarrierGateway("trunk-1", "sip:carrier;x=1", 0, "", ""))
        .hasMessageContaining("host[:port]");
    assertThatThrownBy(() -> new CarrierGateway("a,b", "10.0.0.1", 0, "", ""))
        .hasMessageContaining("commas");
    assertThatThrownBy(() -> new CarrierGateway("k", "10.0.0.1", 0, "12a", ""))
        .hasMessageContaining("tech prefix");
    assertThatThrownBy(() -> new CarrierGateway("k", "10.0.0.1", -1, "", ""))
        .hasMessageContaining("strip");
  }

  @Test
  void aRouteNeedsADigitPrefixAndAtLeastOneGateway() {
    assertThat(new RouteRule("44", 0, List.of("a", "b")).gatewayKeys()).containsExactly("a", "b");
    assertThatThrownBy(() -> new RouteRule("44", 0, List.of())).hasMessageContaining("no gateway");
    assertThatThrownBy(() -> new RouteRule("44%", 0, List.of("a")))
        .hasMessageContaining("only digits");
  }
}
