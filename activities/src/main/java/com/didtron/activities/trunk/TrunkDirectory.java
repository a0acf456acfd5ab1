package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.TRUNK;

import com.didtron.activities.Facade;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Trunks by id across tenants, deleted ones included: how the switch's CDRs (which name the ingress
 * and egress trunk) are mapped back to accounts. Trusted internal reads; user-facing reads go
 * through {@link Trunks}.
 */
@Component
@Facade
public class TrunkDirectory {
  private final DSLContext db;

  TrunkDirectory(DSLContext db) {
    this.db = db;
  }

  /** The trunks with these ids that exist; unknown ids are left out. */
  public Map<TrunkId, Trunk> byIds(Collection<TrunkId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    UUID[] values = ids.stream().map(TrunkId::value).distinct().toArray(UUID[]::new);
    return db
        .selectFrom(TRUNK)
        .where(TRUNK.ID.in(values))
        .fetch(JooqTrunkRepository::toTrunk)
        .stream()
        .collect(Collectors.toMap(Trunk::id, Function.identity()));
  }
}
