package com.didtron.activities.switchcdr;

import com.didtron.domain.tenant.TenantId;

/**
 * A switch row that is not a CDR DIDTron can store, kept with its reason.
 *
 * @param rowId the switch's id of the row (unique per source)
 * @param tenant the tenant of the account it names, or null when none is known
 */
record PulledReject(String rowId, TenantId tenant, String callId, String reason, String raw) {}
