package com.didtron.workflows.siptest;

import java.util.List;
import java.util.UUID;

/**
 * The calls of one run and how to pace them.
 *
 * @param runId the run row every call is stored under
 * @param concurrency calls in progress at most
 * @param cps new calls per second at most
 * @param holdSeconds how long answered calls stay up
 * @param ringTimeoutSeconds when unanswered calls are cancelled
 */
public record CampaignPlan(
    UUID runId,
    List<PlannedCall> calls,
    int concurrency,
    double cps,
    int holdSeconds,
    int ringTimeoutSeconds) {
  public CampaignPlan {
    calls = List.copyOf(calls);
  }
}
