package com.didtron.activities.audit;

import static com.didtron.activities.db.Tables.AUDIT_LOG;

import com.didtron.activities.db.tables.records.AuditLogRecord;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.audit.AuditEntry;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for super admins and auditors, within their tenant (plus platform events).
 */
@Service
public class AuditLog {
  private final DSLContext db;

  public AuditLog(DSLContext db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> find(Actor actor, AuditQuery query, PageRequest page) {
    AccessPolicy.requireAuditReader(actor);
    Condition where = conditions(actor, query);
    long total = db.fetchCount(AUDIT_LOG, where);
    List<AuditEntry> rows =
        db.selectFrom(AUDIT_LOG)
            .where(where)
            .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
            .offset(page.offset())
            .limit(page.limit())
            .fetch(AuditLog::toEntry);
    return new Page<>(rows, total);
  }

  private static Condition conditions(Actor actor, AuditQuery q) {
    List<Condition> c = new ArrayList<>();
    c.add(AUDIT_LOG.TENANT_ID.eq(actor.tenantId().value()).or(AUDIT_LOG.TENANT_ID.isNull()));
    if (q.actor() != null && !q.actor().isBlank()) {
      c.add(AUDIT_LOG.ACTOR.containsIgnoreCase(q.actor().strip()));
    }
    if (q.entityType() != null && !q.entityType().isBlank()) {
      c.add(AUDIT_LOG.ENTITY_TYPE.eq(q.entityType().strip()));
    }
    if (q.entityId() != null && !q.entityId().isBlank()) {
      c.add(AUDIT_LOG.ENTITY_ID.eq(q.entityId().strip()));
    }
    if (q.from() != null) {
      c.add(AUDIT_LOG.AT.ge(q.from()));
    }
    if (q.to() != null) {
      c.add(AUDIT_LOG.AT.lt(q.to()));
    }
    return DSL.and(c);
  }

  private static AuditEntry toEntry(AuditLogRecord r) {
    return new AuditEntry(
        r.getId(),
        r.getTenantId() == null ? null : new TenantId(r.getTenantId()),
        r.getAt(),
        r.getActor(),
        AuditAction.valueOf(r.getAction()),
        r.getEntityType(),
        r.getEntityId(),
        r.getBefore() == null ? null : r.getBefore().data(),
        r.getAfter() == null ? null : r.getAfter().data(),
        r.getWorkflowId());
  }

  /** Entity types present in the log, for the viewer's filter. */
  @Transactional(readOnly = true)
  public List<String> entityTypes(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    return db.selectDistinct(AUDIT_LOG.ENTITY_TYPE)
        .from(AUDIT_LOG)
        .orderBy(AUDIT_LOG.ENTITY_TYPE)
        .fetch(AUDIT_LOG.ENTITY_TYPE);
  }
}
