package com.didtron.domain.trunk;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A trunk (interconnect) as stored. The digest secret (HA1) never leaves the trunk feature: a trunk
 * only says which username it accepts, if any.
 *
 * @param address carrier egress: host:port or IP[:port]; customer ingress: IP or CIDR, or null when
 *     the customer authenticates by digest only
 * @param maxChannels concurrent calls, or null for unlimited
 * @param maxCps call attempts per second, or null for unlimited
 * @param codecs the allowed codecs; empty means no restriction
 * @param tier the routing tier of a customer's ingress trunk; null for egress trunks
 * @param username the SIP digest username of an ingress trunk, or null
 */
public record Trunk(
    TrunkId id,
    TenantId tenantId,
    AccountId accountId,
    String name,
    TrunkDirection direction,
    String address,
    Transport transport,
    String techPrefix,
    int strip,
    String prepend,
    Integer maxChannels,
    Integer maxCps,
    List<String> codecs,
    RoutingTier tier,
    String username,
    TrunkStatus status,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt) {

  public Trunk {
    codecs = List.copyOf(codecs);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** The editable part, e.g. to pre-fill a form; the password is never known, so it is empty. */
  public TrunkDraft toDraft() {
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
        null,
        status);
  }
}
