package com.didtron.workflows.did;

import java.util.UUID;

/** Which order the provisioning saga moves. */
public record DidOrderRequest(UUID tenantId, UUID orderId) {}
