package com.didtron.workflows.didrental;

import io.temporal.activity.ActivityInterface;

/** The step of the daily rental. */
@ActivityInterface(namePrefix = "DidRental")
public interface DidRentalActivities {
  /**
   * Charges the day (ISO date, UTC) for every number in service; a day already charged posts
   * nothing new, so a retry or a re-run is safe.
   */
  DidRentalReport accrueDay(String day);
}
