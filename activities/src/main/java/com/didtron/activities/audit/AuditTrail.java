package com.didtron.activities.audit;

import static com.didtron.activities.db.Tables.AUDIT_LOG;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. Must be called inside the transaction that makes the change (it refuses to
 * run without one), so a change and its audit entry commit or roll back together.
 */
@Component
@Facade
public class AuditTrail {
  private final DSLContext db;
  private final JsonMapper json;
  private final Clock clock;

  public AuditTrail(DSLContext db, JsonMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /** Records one change; {@code before} is null for a create, {@code after} null for a purge. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Actor actor,
      TenantId tenant,
      AuditAction action,
      String entityType,
      String entityId,
      Map<String, ?> before,
      Map<String, ?> after) {
    record(actor, tenant, action, entityType, entityId, before, after, null);
  }

  /** As {@link #record}, for a change made by a workflow: the entry links to its history. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      Actor actor,
      TenantId tenant,
      AuditAction action,
      String entityType,
      String entityId,
      Map<String, ?> before,
      Map<String, ?> after,
      String workflowId) {
    db.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.TENANT_ID, tenant == null ? null : tenant.value())
        .set(AUDIT_LOG.AT, clock.instant())
        .set(AUDIT_LOG.ACTOR, actor.name())
        .set(AUDIT_LOG.ACTOR_ID, actor.userId() == null ? null : actor.userId().value())
        .set(AUDIT_LOG.ACTION, action.name())
        .set(AUDIT_LOG.ENTITY_TYPE, entityType)
        .set(AUDIT_LOG.ENTITY_ID, entityId)
        .set(AUDIT_LOG.BEFORE, toJson(before))
        .set(AUDIT_LOG.AFTER, toJson(after))
        .set(AUDIT_LOG.WORKFLOW_ID, workflowId)
        .execute();
  }

  private JSONB toJson(Map<String, ?> state) {
    return state == null ? null : JSONB.valueOf(json.writeValueAsString(state));
  }
}
