package com.didtron.activities.siptest;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.AlertSettingsDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipTestAccess;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.siptest.CarrierMonitorWorkflow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrier alerts for the portal: the list, where they are sent, and a monitoring round on demand.
 */
@Service
@Facade
public class SipAlertService {
  static final String SETTINGS_ENTITY = "sip_alert_settings";

  private final JooqAlerts alerts;
  private final JooqAlertSettings settings;
  private final AuditTrail audit;
  private final WorkflowLauncher launcher;
  private final OutboundGuard outbound;
  private final Clock clock;

  SipAlertService(
      JooqAlerts alerts,
      JooqAlertSettings settings,
      AuditTrail audit,
      WorkflowLauncher launcher,
      OutboundGuard outbound,
      Clock clock) {
    this.outbound = outbound;
    this.alerts = alerts;
    this.settings = settings;
    this.audit = audit;
    this.launcher = launcher;
    this.clock = clock;
  }

  /** The tenant's alerts, newest first; {@code openOnly} hides cleared ones. */
  @Transactional(readOnly = true)
  public Page<SipAlert> alerts(Actor actor, boolean openOnly, PageRequest page) {
    SipTestAccess.requireReader(actor);
    return alerts.ofTenant(actor.tenantId(), openOnly, page);
  }

  /** The tenant's alert channels (the webhook secret is replaced by a mark). */
  @Transactional(readOnly = true)
  public AlertSettings settings(Actor actor) {
    SipTestAccess.requireReader(actor);
    AlertSettings s = settings.of(actor.tenantId());
    return new AlertSettings(
        s.webhookUrl(), s.webhookSecret() == null ? null : "********", s.emailTo());
  }

  /** Sets the tenant's alert channels; a null secret keeps the stored one for the same URL. */
  @Transactional
  public List<FieldProblem> saveSettings(Actor actor, AlertSettingsDraft draft) {
    SipTestAccess.requireTester(actor);
    AlertSettings before = settings.of(actor.tenantId());
    boolean sameUrl =
        Objects.equals(before.webhookUrl(), draft.webhookUrl()) && before.webhookSecret() != null;
    List<FieldProblem> problems = new ArrayList<>(draft.validate(sameUrl));
    if (problems.isEmpty() && draft.webhookUrl() != null) {
      outbound
          .urlRefusal(draft.webhookUrl())
          .ifPresent(m -> problems.add(new FieldProblem("webhookUrl", m)));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    String secret =
        draft.webhookUrl() == null
            ? null
            : draft.webhookSecret() != null ? draft.webhookSecret() : before.webhookSecret();
    AlertSettings after = new AlertSettings(draft.webhookUrl(), secret, draft.emailTo());
    settings.save(actor.tenantId(), after, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        SETTINGS_ENTITY,
        actor.tenantId().toString(),
        snapshot(before),
        snapshot(after));
    return List.of();
  }

  /** Starts a monitoring round now, besides the schedule; returns the run to follow. */
  public WorkflowRun monitorNow(Actor actor) {
    SipTestAccess.requireTester(actor);
    return launcher.start(
        new WorkflowLauncher.Start(
            CarrierMonitorWorkflow.class,
            CarrierMonitorWorkflow.SCHEDULED_ID + "-manual-" + clock.millis(),
            "carrier-monitor",
            actor.tenantId(),
            null));
  }

  private static Map<String, Object> snapshot(AlertSettings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("webhook_url", s.webhookUrl());
    m.put("webhook_secret_set", s.webhookSecret() != null);
    m.put("email_to", s.emailTo());
    return m;
  }
}
