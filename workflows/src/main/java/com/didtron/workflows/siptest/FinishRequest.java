package com.didtron.workflows.siptest;

import java.util.UUID;

/** Closes a run: COMPLETED, or STOPPED when an operator stopped the campaign. */
public record FinishRequest(UUID runId, boolean stopped) {}
