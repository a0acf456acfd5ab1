package com.didtron.activities.fx;

import com.didtron.workflows.fx.FxFetchRequest;
import com.didtron.workflows.fx.FxFetchResult;
import com.didtron.workflows.fx.FxRatesActivities;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Fetches a day's rates from Open Exchange Rates and caches them (one transaction per day). */
@Component
class FxRatesActivitiesImpl implements FxRatesActivities {
  private static final Logger log = LoggerFactory.getLogger(FxRatesActivitiesImpl.class);

  private final OpenExchangeRatesClient oxr;
  private final FxRates rates;

  FxRatesActivitiesImpl(OpenExchangeRatesClient oxr, FxRates rates) {
    this.oxr = oxr;
    this.rates = rates;
  }

  @Override
  public FxFetchResult fetchDay(FxFetchRequest request) {
    String why = oxr.unavailableReason();
    if (why != null) {
      return new FxFetchResult(request.day(), 0, why);
    }
    LocalDate day = LocalDate.parse(request.day());
    int stored = rates.store(day, oxr.perUsd(day, rates.today()), "OXR");
    log.info("Cached {} FX rates of {} ({})", stored, day, request.workflowId());
    return new FxFetchResult(request.day(), stored, null);
  }
}
