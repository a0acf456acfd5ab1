package com.didtron.workflows.siptest;

import java.util.UUID;

/** One test call to place and store; (runId, index) is its idempotency key. */
public record PlaceCallRequest(
    UUID runId,
    int index,
    UUID carrierId,
    String destination,
    int holdSeconds,
    int ringTimeoutSeconds) {}
