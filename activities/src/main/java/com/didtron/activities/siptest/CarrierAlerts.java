package com.didtron.activities.siptest;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.decisions.siptest.CarrierAlertPolicy;
import com.didtron.decisions.siptest.CarrierAlertPolicy.Action;
import com.didtron.decisions.siptest.CarrierAlertPolicy.Metric;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import com.didtron.sip.quality.Kpis;
import com.didtron.workflows.siptest.AlertChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges one carrier's recent measurements with the carrier alert table (DMN) and raises or clears
 * its alerts, each change audited, all in one transaction holding the carrier's target row lock.
 */
@Component
class CarrierAlerts {
  static final String ENTITY = "sip_alert";
  static final String ACTOR = "carrier-monitor";
  private static final int OPTIONS_LOOKBACK = 10;
  private static final CarrierAlertPolicy POLICY = CarrierAlertPolicy.standard();
  private static final Map<Metric, String> KIND =
      Map.of(
          Metric.ASR,
          "ASR_LOW",
          Metric.PDD_P95,
          "PDD_HIGH",
          Metric.OPTIONS_FAILURES,
          "OPTIONS_DOWN");

  private final JooqSipTargets targets;
  private final JooqTestCalls calls;
  private final JooqOptionsProbes probes;
  private final JooqAlerts alerts;
  private final AuditTrail audit;
  private final Clock clock;

  CarrierAlerts(
      JooqSipTargets targets,
      JooqTestCalls calls,
      JooqOptionsProbes probes,
      JooqAlerts alerts,
      AuditTrail audit,
      Clock clock) {
    this.targets = targets;
    this.calls = calls;
    this.probes = probes;
    this.alerts = alerts;
    this.audit = audit;
    this.clock = clock;
  }

  /** One metric's reading: value and how many measurements it rests on. */
  private record Reading(Metric metric, int value, int sample) {}

  @Transactional
  List<AlertChange> evaluate(UUID carrierId, String workflowId) {
    Optional<TenantId> tenant = targets.lock(carrierId);
    if (tenant.isEmpty()) {
      return List.of();
    }
    Map<String, SipAlert> open =
        alerts.openOf(carrierId).stream()
            .collect(Collectors.toMap(SipAlert::kind, a -> a, (a, b) -> a, LinkedHashMap::new));
    List<AlertChange> changes = new ArrayList<>();
    for (Reading r : readings(carrierId)) {
      judge(tenant.get(), carrierId, r, open.get(KIND.get(r.metric())), workflowId)
          .ifPresent(changes::add);
    }
    return changes;
  }

  private List<Reading> readings(UUID carrierId) {
    List<TestCall> window = calls.latestOfCarrier(carrierId, CarrierAlertPolicy.WINDOW_CALLS);
    Kpis k = CampaignFigures.kpis(window);
    List<Reading> readings = new ArrayList<>();
    if (k.attempts() > 0) {
      readings.add(new Reading(Metric.ASR, (int) Math.floor(k.asrPercent()), k.attempts()));
    }
    if (k.pddP95Ms() != null) {
      int measured = (int) window.stream().filter(c -> c.pddMs() != null).count();
      readings.add(new Reading(Metric.PDD_P95, k.pddP95Ms().intValue(), measured));
    }
    if (!probes.latest(carrierId, 1).isEmpty()) {
      readings.add(
          new Reading(
              Metric.OPTIONS_FAILURES, probes.consecutiveFailures(carrierId, OPTIONS_LOOKBACK), 0));
    }
    return readings;
  }

  private Optional<AlertChange> judge(
      TenantId tenant, UUID carrierId, Reading r, SipAlert open, String workflowId) {
    var verdict =
        POLICY.evaluate(
            new CarrierAlertPolicy.Input(r.metric(), r.value(), r.sample(), open != null));
    Actor system = Actor.system(ACTOR, tenant);
    if (verdict.action() == Action.RAISE) {
      return alerts
          .raise(
              tenant,
              carrierId,
              KIND.get(r.metric()),
              verdict.severity(),
              verdict.penaltyBox(),
              verdict.rule(),
              BigDecimal.valueOf(r.value()),
              clock.instant())
          .map(
              id -> {
                SipAlert raised = alerts.get(id).orElseThrow();
                audit.record(
                    system,
                    tenant,
                    AuditAction.CREATE,
                    ENTITY,
                    id.toString(),
                    null,
                    snapshot(raised),
                    workflowId);
                return new AlertChange(id, "RAISED");
              });
    }
    if (verdict.action() == Action.CLEAR && open != null) {
      alerts.clear(open.id(), verdict.rule(), clock.instant());
      SipAlert cleared = alerts.get(open.id()).orElseThrow();
      audit.record(
          system,
          tenant,
          AuditAction.UPDATE,
          ENTITY,
          open.id().toString(),
          snapshot(open),
          snapshot(cleared),
          workflowId);
      return Optional.of(new AlertChange(open.id(), "CLEARED"));
    }
    return Optional.empty();
  }

  static Map<String, Object> snapshot(SipAlert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("carrier_id", a.carrierId().toString());
    m.put("kind", a.kind());
    m.put("severity", a.severity());
    m.put("status", a.status().name());
    m.put("penalty_box", a.penaltyBox());
    m.put("rule", a.rule());
    m.put("value", a.value());
    m.put("cleared_rule", a.clearedRule());
    return m;
  }
}
