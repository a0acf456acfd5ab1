package com.didtron.activities.did;

import com.didtron.workflows.didrental.DidRentalActivities;
import com.didtron.workflows.didrental.DidRentalReport;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The accrual step of the daily rental workflow: every tenant's numbers, in batches. */
@Component
class DidRentalActivitiesImpl implements DidRentalActivities {
  private final DidRental rental;

  DidRentalActivitiesImpl(DidRental rental) {
    this.rental = rental;
  }

  @Override
  public DidRentalReport accrueDay(String day) {
    DidRental.Batch b = rental.accrueDay(LocalDate.parse(day), DidRental.BATCH);
    return new DidRentalReport(day, b.dids(), b.posted(), b.amount());
  }
}
