package com.didtron.domain.audit;

import com.didtron.domain.tenant.TenantId;
import java.time.Instant;

/**
 * One line of the audit log: who did what to which entity, and its state before and after (JSON;
 * {@code null} before a create and after a purge).
 */
public record AuditEntry(
    long id,
    TenantId tenantId,
    Instant at,
    String actor,
    AuditAction action,
    String entityType,
    String entityId,
    String beforeJson,
    String afterJson,
    String workflowId) {}
