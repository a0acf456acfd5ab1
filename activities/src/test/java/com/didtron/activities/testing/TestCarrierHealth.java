package com.didtron.activities.testing;

import com.didtron.activities.routing.CarrierHealthSource;
import com.didtron.domain.routing.CarrierHealth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Monitoring stand-in for the tests: carrier health set by the test itself. */
@Component
public class TestCarrierHealth implements CarrierHealthSource {
  private final Map<UUID, CarrierHealth> health = new ConcurrentHashMap<>();

  public void set(CarrierHealth h) {
    health.put(h.carrierId(), h);
  }

  @Override
  public Map<UUID, CarrierHealth> current(UUID tenantId) {
    return Map.copyOf(health);
  }
}
