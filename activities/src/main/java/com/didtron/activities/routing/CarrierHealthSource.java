package com.didtron.activities.routing;

import com.didtron.activities.Facade;
import com.didtron.domain.routing.CarrierHealth;
import java.util.Map;
import java.util.UUID;

/**
 * The seam between the SIP tester's monitoring (which measures carriers) and routing (which ranks
 * them). LCR asks for the current health of a tenant's carriers; carriers missing from the map are
 * treated as {@link CarrierHealth#unknown unknown}. Implementations answer from memory or one cheap
 * query: LCR calls this once per route test, never per call on the hot path.
 */
@Facade
public interface CarrierHealthSource {
  Map<UUID, CarrierHealth> current(UUID tenantId);
}
