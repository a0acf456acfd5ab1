package com.didtron.activities.trunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.trunk.RoutingTier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoutingTierTest {
  @Test
  void aTrunksRoutingTierNamesExactlyTheTiersOfTheRoutePolicy() {
    assertThat(Arrays.stream(RoutingTier.values()).map(Enum::name))
        .containsExactlyElementsOf(
            Arrays.stream(RoutePolicy.Tier.values()).map(Enum::name).toList());
  }
}
