package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.List;
import java.util.Objects;

/**
 * A customer's ingress route on the switch: calls with the tech prefix are priced with the card and
 * sent to the carriers in the given order (the compiled LCR ranking).
 *
 * @param routeId the switch's id, or null to create the route
 * @param customerId the switch's customer id
 * @param rateCardId the switch's id of the customer's sell card
 * @param carrierIds the switch's carrier ids, best first; empty lets the switch rank them
 */
@Facade
public record SwitchRoute(
    String routeId,
    String customerId,
    String rateCardId,
    String techPrefix,
    List<String> carrierIds,
    boolean enabled) {
  public SwitchRoute {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(rateCardId, "rateCardId");
    techPrefix = techPrefix == null ? "" : techPrefix;
    carrierIds = List.copyOf(carrierIds);
  }
}
