package com.didtron.ui.api.trunk;

import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkStatus;
import java.util.List;

/**
 * What a caller sends to create or replace a trunk. On a change, a missing password keeps the
 * stored digest secret (as long as the username stays); {@code version}, when given, must be the
 * current one.
 */
public record TrunkRequest(
    String name,
    TrunkDirection direction,
    String address,
    Transport transport,
    String techPrefix,
    Integer strip,
    String prepend,
    Integer maxChannels,
    Integer maxCps,
    List<String> codecs,
    RoutingTier tier,
    String username,
    String password,
    TrunkStatus status,
    Integer version) {
  TrunkDraft toDraft() {
    return new TrunkDraft(
        name,
        direction,
        address,
        transport,
        techPrefix,
        strip,
        prepend,
        maxChannels,
        maxCps,
        codecs,
        tier,
        username,
        password,
        status);
  }

  @Override
  public String toString() {
    return "TrunkRequest[" + name + ", password hidden]";
  }
}
