package com.didtron.activities.siptest;

import com.didtron.domain.siptest.SipRunStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of a campaign and its progress.
 *
 * @param placed calls stored so far
 * @param answered of which answered
 */
public record CampaignRun(
    UUID id,
    UUID campaignId,
    String workflowRunId,
    int planned,
    SipRunStatus status,
    Instant startedAt,
    Instant finishedAt,
    int placed,
    int answered) {

  /** Share of the planned calls done, 0 to 1. */
  public double progress() {
    return planned == 0 ? 1 : Math.min(1.0, (double) placed / planned);
  }
}
