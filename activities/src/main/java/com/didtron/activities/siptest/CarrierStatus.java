package com.didtron.activities.siptest;

import com.didtron.sip.quality.Kpis;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One carrier on the health dashboard: its SIP target, the latest OPTIONS probe, KPIs over its last
 * 50 test calls (campaigns and probes), its open alerts and whether it is in the penalty box.
 *
 * @param lastOptionsStatus OK, FAILED or TIMEOUT, null before the first probe
 */
public record CarrierStatus(
    UUID carrierId,
    String carrierName,
    String address,
    boolean monitored,
    String probeNumber,
    String lastOptionsStatus,
    Integer lastOptionsRttMs,
    Instant lastOptionsAt,
    Kpis window,
    List<String> openAlerts,
    boolean penaltyBox) {}
