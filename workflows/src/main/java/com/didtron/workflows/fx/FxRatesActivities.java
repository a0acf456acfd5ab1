package com.didtron.workflows.fx;

import io.temporal.activity.ActivityInterface;

/** The FX refresh's one step; idempotent (a day fetched twice is stored once, the latest wins). */
@ActivityInterface
public interface FxRatesActivities {
  FxFetchResult fetchDay(FxFetchRequest request);
}
