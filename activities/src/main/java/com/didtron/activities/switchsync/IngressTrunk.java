package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.Objects;

/**
 * What the switch needs of one live customer ingress trunk to pick it and translate its numbers.
 *
 * @param trunkId the trunk's id (the switch's CDRs name it)
 * @param source the source block it accepts calls from; null when it authenticates by digest only
 * @param techPrefix the prefix every number on the trunk must start with (removed), or empty
 * @param strip leading digits removed after the tech prefix
 * @param prepend digits put in front after the strip, or empty
 * @param routingGroup the drouting group of the trunk's account and tier
 * @param digestUser the SIP digest username the trunk requires, or null
 * @param digestHa1 its stored secret, md5(username:realm:password), or null
 */
@Facade
public record IngressTrunk(
    String trunkId,
    CustomerAddress source,
    String techPrefix,
    int strip,
    String prepend,
    int routingGroup,
    String digestUser,
    String digestHa1) {
  public IngressTrunk {
    Objects.requireNonNull(trunkId, "trunkId");
    techPrefix = techPrefix == null ? "" : techPrefix;
    prepend = prepend == null ? "" : prepend;
    if (!techPrefix.matches("[0-9#*]{0,16}")) {
      throw new IllegalArgumentException("a tech prefix is 0 to 16 of 0-9 # *: " + techPrefix);
    }
    if (!prepend.matches("[0-9]{0,16}")) {
      throw new IllegalArgumentException("prepend is 0 to 16 digits: " + prepend);
    }
    if (strip < 0 || strip > 32) {
      throw new IllegalArgumentException("strip must be 0..32, not " + strip);
    }
    if ((digestUser == null) != (digestHa1 == null)) {
      throw new IllegalArgumentException("a digest username goes with its secret");
    }
    if (source == null && digestUser == null) {
      throw new IllegalArgumentException("an ingress trunk needs a source block or credentials");
    }
    if (routingGroup <= 0) {
      throw new IllegalArgumentException("a routing group is positive, not " + routingGroup);
    }
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "IngressTrunk["
        + trunkId
        + " "
        + source
        + " prefix="
        + techPrefix
        + " strip="
        + strip
        + " prepend="
        + prepend
        + " group="
        + routingGroup
        + " user="
        + digestUser
        + "]";
  }
}
