package com.didtron.ui.api.trunk;

import com.didtron.domain.trunk.Trunk;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A trunk as the API shows it: the digest username if any, never a password or its hash. */
public record TrunkJson(
    UUID id,
    UUID accountId,
    String name,
    String direction,
    String address,
    String transport,
    String techPrefix,
    int strip,
    String prepend,
    Integer maxChannels,
    Integer maxCps,
    List<String> codecs,
    String tier,
    String username,
    String status,
    int version,
    Instant createdAt,
    boolean deleted) {
  static TrunkJson of(Trunk t) {
    return new TrunkJson(
        t.id().value(),
        t.accountId().value(),
        t.name(),
        t.direction().name(),
        t.address(),
        t.transport().name(),
        t.techPrefix(),
        t.strip(),
        t.prepend(),
        t.maxChannels(),
        t.maxCps(),
        t.codecs(),
        t.tier() == null ? null : t.tier().name(),
        t.username(),
        t.status().name(),
        t.version(),
        t.createdAt(),
        t.isDeleted());
  }
}
