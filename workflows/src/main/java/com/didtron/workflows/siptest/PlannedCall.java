package com.didtron.workflows.siptest;

import java.util.UUID;

/** The {@code index}-th call of a run: one destination through one carrier. */
public record PlannedCall(int index, UUID carrierId, String destination) {}
