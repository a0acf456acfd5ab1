package com.didtron.workflows.kyc;

import java.util.UUID;

/**
 * One step of a KYC case.
 *
 * @param decision the staff decision being applied (approve/reject), else null
 * @param count the reminder's number (reminders), else 0
 */
public record KycStep(
    UUID tenantId, UUID accountId, String workflowId, KycDecision decision, int count) {}
