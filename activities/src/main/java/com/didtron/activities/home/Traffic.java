package com.didtron.activities.home;

import com.didtron.activities.cdr.TrafficFigures;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * One side's calls over a window: how many (rated or not), their billable minutes and what they
 * came to per currency.
 *
 * @param calls every call of the window
 * @param unrated of which not rated (yet): counted, not in the amounts
 * @param amounts the rated cost per currency (empty: nothing rated)
 */
public record Traffic(long calls, long unrated, long billableSeconds, List<Money> amounts) {
  public Traffic {
    amounts = List.copyOf(amounts);
  }

  /** Billable minutes, rounded down to whole minutes. */
  public long minutes() {
    return billableSeconds / 60;
  }

  static Traffic of(List<TrafficFigures.Leg> lines) {
    long calls = 0;
    long unrated = 0;
    long seconds = 0;
    List<Money> amounts = new ArrayList<>();
    for (TrafficFigures.Leg l : lines) {
      calls += l.calls();
      seconds += l.billableSeconds();
      if (l.currency() == null) {
        unrated += l.calls();
      } else {
        amounts.add(new Money(l.amount(), new CurrencyCode(l.currency())));
      }
    }
    return new Traffic(calls, unrated, seconds, amounts);
  }
}
