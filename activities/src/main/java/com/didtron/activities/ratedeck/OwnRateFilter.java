package com.didtron.activities.ratedeck;

/**
 * What an owner searches its own rates for.
 *
 * @param prefix entries whose prefix starts with these digits (a leading + is ignored; null: all)
 * @param destination entries whose destination contains this text, any case (null: all)
 * @param window current, upcoming or every entry (null: current)
 * @param change only entries with this change (null: any)
 */
public record OwnRateFilter(
    String prefix, String destination, RateWindow window, RateChange change) {
  public OwnRateFilter {
    window = window == null ? RateWindow.CURRENT : window;
  }

  public static OwnRateFilter current() {
    return new OwnRateFilter(null, null, RateWindow.CURRENT, null);
  }

  public static OwnRateFilter of(RateWindow window) {
    return new OwnRateFilter(null, null, window, null);
  }
}
