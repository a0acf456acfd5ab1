package com.didtron.workflows.did;

import java.util.UUID;

/**
 * Give back one number in service.
 *
 * @param tenantId the number's tenant
 * @param didId the number's inventory id
 * @param requestedBy who asked (a user's name, or {@code suspension} when the grace ran out)
 */
public record DidReleaseRequest(UUID tenantId, UUID didId, String requestedBy) {}
