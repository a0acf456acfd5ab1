package com.didtron.workflows.siptest;

import java.util.UUID;

/** What one run did. */
public record CampaignRunReport(
    UUID runId, int planned, int placed, int answered, boolean stopped) {}
