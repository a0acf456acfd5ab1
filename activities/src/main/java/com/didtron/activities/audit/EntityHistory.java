package com.didtron.activities.audit;

import static com.didtron.activities.db.Tables.AUDIT_LOG;

import com.didtron.activities.Facade;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.audit.AuditEntry;
import com.didtron.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit entries of one record, oldest first, for a feature that shows its record's history on
 * its own page (the KYC steps of an account). The calling feature has checked that the actor may
 * see the record; the audit log viewer itself stays with {@link AuditLog}.
 */
@Service
@Facade
public class EntityHistory {
  static final int MAX = 500;

  private final DSLContext db;

  EntityHistory(DSLContext db) {
    this.db = db;
  }

  /** Entries of {@code entityType} with one of {@code entityIds} in {@code tenant}. */
  @Transactional(readOnly = true)
  public List<AuditEntry> of(TenantId tenant, String entityType, Collection<String> entityIds) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.TENANT_ID.eq(tenant.value()))
        .and(AUDIT_LOG.ENTITY_TYPE.eq(entityType))
        .and(AUDIT_LOG.ENTITY_ID.in(entityIds))
        .orderBy(AUDIT_LOG.AT, AUDIT_LOG.ID)
        .limit(MAX)
        .fetch(
            r ->
                new AuditEntry(
                    r.getId(),
                    new TenantId(r.getTenantId()),
                    r.getAt(),
                    r.getActor(),
                    AuditAction.valueOf(r.getAction()),
                    r.getEntityType(),
                    r.getEntityId(),
                    r.getBefore() == null ? null : r.getBefore().data(),
                    r.getAfter() == null ? null : r.getAfter().data(),
                    r.getWorkflowId()));
  }
}
