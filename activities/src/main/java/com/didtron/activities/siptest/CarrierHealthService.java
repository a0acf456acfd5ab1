package com.didtron.activities.siptest;

import com.didtron.activities.Facade;
import com.didtron.decisions.siptest.CarrierAlertPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.siptest.SipTestAccess;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carrier health dashboard: every carrier with a SIP target, with its latest measurements. */
@Service
@Facade
public class CarrierHealthService {
  private final JooqSipTargets targets;
  private final JooqTestCalls calls;
  private final JooqOptionsProbes probes;
  private final JooqAlerts alerts;

  CarrierHealthService(
      JooqSipTargets targets, JooqTestCalls calls, JooqOptionsProbes probes, JooqAlerts alerts) {
    this.targets = targets;
    this.calls = calls;
    this.probes = probes;
    this.alerts = alerts;
  }

  @Transactional(readOnly = true)
  public List<CarrierStatus> statuses(Actor actor) {
    SipTestAccess.requireReader(actor);
    return targets.ofTenant(actor.tenantId()).stream().map(this::status).toList();
  }

  /** The carrier's latest test calls (campaigns and probes), newest first. */
  @Transactional(readOnly = true)
  public List<TestCall> latestCalls(Actor actor, UUID carrierId, int limit) {
    SipTestAccess.requireReader(actor);
    if (targets.tenantOf(carrierId).filter(actor.tenantId()::equals).isEmpty()) {
      return List.of();
    }
    return calls.latestOfCarrier(carrierId, Math.min(limit, 500));
  }

  private CarrierStatus status(SipTarget t) {
    Optional<JooqOptionsProbes.Probe> last = probes.latest(t.carrierId(), 1).stream().findFirst();
    List<SipAlert> open = alerts.openOf(t.carrierId());
    return new CarrierStatus(
        t.carrierId(),
        t.carrierName(),
        t.address(),
        t.monitored(),
        t.probeNumber(),
        last.map(p -> p.status().name()).orElse(null),
        last.map(JooqOptionsProbes.Probe::rttMs).orElse(null),
        last.map(JooqOptionsProbes.Probe::at).orElse(null),
        CampaignFigures.kpis(calls.latestOfCarrier(t.carrierId(), CarrierAlertPolicy.WINDOW_CALLS)),
        open.stream().map(SipAlert::kind).toList(),
        open.stream().anyMatch(SipAlert::penaltyBox));
  }
}
