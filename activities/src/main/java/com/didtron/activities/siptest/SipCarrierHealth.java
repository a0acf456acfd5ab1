package com.didtron.activities.siptest;

import com.didtron.activities.routing.CarrierHealthSource;
import com.didtron.domain.routing.CarrierHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrier health for LCR from the SIP tester's measurements, in one query: ASR (whole percent,
 * rounded down) and PDD p95 (nearest rank) over each carrier's last 50 test calls, and whether an
 * open alert has put it in the penalty box. Carriers without a SIP target are absent (LCR treats
 * them as unknown).
 */
@Component
public class SipCarrierHealth implements CarrierHealthSource {
  private static final String QUERY =
      """
      SELECT t.carrier_id,
             (SELECT floor(100.0 * count(*) FILTER (WHERE w.result = 'ANSWERED') / nullif(count(*), 0))::int
                FROM (SELECT c.result FROM sip_test_call c WHERE c.carrier_id = t.carrier_id
                      ORDER BY c.started_at DESC, c.id DESC LIMIT 50) w) AS asr,
             (SELECT percentile_disc(0.95) WITHIN GROUP (ORDER BY w.pdd_ms)
                FROM (SELECT c.pdd_ms FROM sip_test_call c WHERE c.carrier_id = t.carrier_id
                      ORDER BY c.started_at DESC, c.id DESC LIMIT 50) w WHERE w.pdd_ms IS NOT NULL) AS pdd95,
             EXISTS (SELECT 1 FROM sip_alert a WHERE a.carrier_id = t.carrier_id AND a.status = 'OPEN'
                     AND a.penalty_box) AS penalty
        FROM carrier_sip_target t
       WHERE t.tenant_id = ?
      """;

  private final DSLContext db;

  SipCarrierHealth(DSLContext db) {
    this.db = db;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, CarrierHealth> current(UUID tenantId) {
    Map<UUID, CarrierHealth> health = new LinkedHashMap<>();
    db.resultQuery(QUERY, tenantId)
        .fetch()
        .forEach(
            r -> {
              UUID carrier = r.get("carrier_id", UUID.class);
              health.put(
                  carrier,
                  new CarrierHealth(
                      carrier,
                      r.get("asr", Integer.class),
                      r.get("pdd95", Integer.class),
                      Boolean.TRUE.equals(r.get("penalty", Boolean.class))));
            });
    return health;
  }
}
