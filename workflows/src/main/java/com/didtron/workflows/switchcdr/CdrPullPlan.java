package com.didtron.workflows.switchcdr;

/**
 * How a source is pulled.
 *
 * @param source the CDR source ({@code kamailio}, or a hosted switch's name)
 * @param roundsPerRun pulls before the workflow continues as new
 */
public record CdrPullPlan(String source, int roundsPerRun) {
  public CdrPullPlan {
    if (roundsPerRun < 1) {
      throw new IllegalArgumentException("a pull plan needs at least one round");
    }
  }
}
