package com.didtron.activities.netting;

import com.didtron.workflows.netting.NettingActivities;
import org.springframework.stereotype.Component;

/** The scheduled netting run's one step. */
@Component
class NettingActivitiesImpl implements NettingActivities {
  private final NettingService netting;

  NettingActivitiesImpl(NettingService netting) {
    this.netting = netting;
  }

  @Override
  public int proposeAll(String workflowId) {
    return netting.proposeAll(workflowId);
  }
}
