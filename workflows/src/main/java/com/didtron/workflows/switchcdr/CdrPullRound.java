package com.didtron.workflows.switchcdr;

/**
 * What one pull did, and how long to pause before the next.
 *
 * @param rows switch rows read
 * @param stored CDRs stored now
 * @param rejected rows kept with their reason
 * @param more whether the switch has more rows waiting (pull again without a pause)
 * @param pauseMillis the pause before the next pull otherwise (the platform's setting, read now so
 *     a changed setting applies to a workflow already running)
 */
public record CdrPullRound(long rows, long stored, long rejected, boolean more, long pauseMillis) {}
