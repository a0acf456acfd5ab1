package com.didtron.activities.siptest;

import com.didtron.domain.siptest.FieldProblem;
import java.util.List;

/** The outcome of starting a campaign: started, or rejected with the problems to show. */
public sealed interface CampaignChange {
  record Started(Campaign campaign) implements CampaignChange {}

  record Rejected(List<FieldProblem> problems) implements CampaignChange {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }
}
