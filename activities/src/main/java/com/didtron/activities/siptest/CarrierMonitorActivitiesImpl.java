package com.didtron.activities.siptest;

import com.didtron.domain.tenant.TenantId;
import com.didtron.sip.ua.OptionsResult;
import com.didtron.sip.ua.SipUri;
import com.didtron.workflows.siptest.AlertChange;
import com.didtron.workflows.siptest.AlertChanges;
import com.didtron.workflows.siptest.CarrierMonitorActivities;
import com.didtron.workflows.siptest.EvaluateRequest;
import com.didtron.workflows.siptest.MonitorTargets;
import com.didtron.workflows.siptest.ProbeRequest;
import com.didtron.workflows.siptest.ProbeResult;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Carrier monitoring's steps: OPTIONS and test-call probes, alert evaluation, notifications. */
@Component
class CarrierMonitorActivitiesImpl implements CarrierMonitorActivities {
  private final JooqSipTargets targets;
  private final JooqOptionsProbes probes;
  private final TestCallPlacer placer;
  private final SipAgents agents;
  private final CarrierAlerts alerts;
  private final AlertNotifier notifier;
  private final Clock clock;
  private final Duration optionsTimeout;
  private final Duration probeHold;
  private final Duration probeRingTimeout;

  CarrierMonitorActivitiesImpl(
      JooqSipTargets targets,
      JooqOptionsProbes probes,
      TestCallPlacer placer,
      SipAgents agents,
      CarrierAlerts alerts,
      AlertNotifier notifier,
      Clock clock,
      @Value("${didtron.sip.monitor.options-timeout-ms:5000}") long optionsTimeoutMs,
      @Value("${didtron.sip.monitor.probe-hold-seconds:3}") long probeHoldSeconds,
      @Value("${didtron.sip.monitor.probe-ring-timeout-seconds:30}") long probeRingSeconds) {
    this.targets = targets;
    this.probes = probes;
    this.placer = placer;
    this.agents = agents;
    this.alerts = alerts;
    this.notifier = notifier;
    this.clock = clock;
    this.optionsTimeout = Duration.ofMillis(optionsTimeoutMs);
    this.probeHold = Duration.ofSeconds(probeHoldSeconds);
    this.probeRingTimeout = Duration.ofSeconds(probeRingSeconds);
  }

  @Override
  public MonitorTargets targets() {
    return new MonitorTargets(
        targets.monitored().stream().map(JooqSipTargets.Monitored::carrierId).toList());
  }

  @Override
  public ProbeResult probe(ProbeRequest r) {
    SipTarget t = targets.find(r.carrierId()).orElse(null);
    TenantId tenant = targets.tenantOf(r.carrierId()).orElse(null);
    if (t == null || tenant == null) {
      return new ProbeResult(OptionsResult.Status.FAILED.name(), null);
    }
    String key = r.workflowRunId() + ":" + r.carrierId();
    String options =
        probes
            .byKey(key)
            .map(JooqOptionsProbes.Probe::status)
            .orElseGet(
                () -> {
                  OptionsResult result = ping(t);
                  probes.insert(tenant, t.carrierId(), key, result);
                  return result.status();
                })
            .name();
    String call = null;
    if (t.probeNumber() != null) {
      call =
          placer
              .place(
                  new TestCallPlacer.Placement(
                      tenant,
                      null,
                      JooqTestCalls.Source.MONITOR,
                      "monitor:" + key,
                      t.carrierId(),
                      t.probeNumber(),
                      probeHold,
                      probeRingTimeout))
              .result()
              .name();
    }
    return new ProbeResult(options, call);
  }

  private OptionsResult ping(SipTarget t) {
    try {
      return agents.towards(t.host()).options(new SipUri(null, t.host(), t.port()), optionsTimeout);
    } catch (RuntimeException e) {
      return new OptionsResult(
          clock.instant(), OptionsResult.Status.FAILED, 0, null, null, e.getMessage());
    }
  }

  @Override
  public AlertChanges evaluate(EvaluateRequest request) {
    return new AlertChanges(alerts.evaluate(request.carrierId(), request.workflowId()));
  }

  @Override
  public void notifyWebhook(AlertChange change) {
    notifier.webhook(change);
  }

  @Override
  public void notifyEmail(AlertChange change) {
    notifier.email(change);
  }
}
