package com.didtron.activities.switchcdr;

import com.didtron.domain.access.Actor;
import com.didtron.workflows.switchcdr.CdrPullRound;
import com.didtron.workflows.switchcdr.SwitchCdrPullActivities;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pull workflow's step: one {@link SwitchCdrPulls#pull} as the platform, and the pause before
 * the next from {@code didtron.switch.cdr-pull-interval} (default 5 s).
 */
@Component
class SwitchCdrPullActivitiesImpl implements SwitchCdrPullActivities {
  private static final Actor PLATFORM = Actor.system("switch-cdr-pull", null);

  private final SwitchCdrPulls pulls;
  private final Duration interval;

  SwitchCdrPullActivitiesImpl(
      SwitchCdrPulls pulls, @Value("${didtron.switch.cdr-pull-interval:5s}") Duration interval) {
    this.pulls = pulls;
    this.interval = interval.isNegative() || interval.isZero() ? Duration.ofSeconds(5) : interval;
  }

  @Override
  public CdrPullRound pullCdrs(String source, String workflowId) {
    PullResult r = pulls.pull(PLATFORM, source, workflowId);
    return new CdrPullRound(r.rows(), r.stored(), r.rejected(), r.more(), interval.toMillis());
  }
}
