package com.didtron.ui.siptest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the SIP tester pages print figures: empty for unknown, fixed decimals, UTC times. */
final class Figures {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private Figures() {}

  static String percent(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.1f%%", v);
  }

  static String ms(Number v) {
    return v == null ? "–" : v.longValue() + " ms";
  }

  static String seconds(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.1f s", v);
  }

  static String mos(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** Time of day, UTC. */
  static String clock(Instant at) {
    return at == null ? "–" : TIME.format(at).substring(11);
  }

  /** Date, UTC. */
  static String day(Instant at) {
    return at == null ? "–" : TIME.format(at).substring(0, 10) + " UTC";
  }

  static String time(Instant at) {
    return at == null ? "–" : TIME.format(at);
  }
}
