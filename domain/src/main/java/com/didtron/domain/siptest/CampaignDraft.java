package com.didtron.domain.siptest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a user enters to start a test campaign: every destination is called through every carrier
 * {@code callsPerPair} times, at most {@code concurrency} calls at once and {@code cps} new calls
 * per second. {@code cron} (5-field UNIX cron, UTC) makes it recurring; null runs it once.
 */
public record CampaignDraft(
    String name,
    List<String> destinations,
    List<UUID> carrierIds,
    int callsPerPair,
    int concurrency,
    BigDecimal cps,
    int holdSeconds,
    int ringTimeoutSeconds,
    String cron) {
  /** The most calls one run may place (keeps a run's Temporal history small). */
  public static final int MAX_CALLS_PER_RUN = 2000;

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");
  private static final Pattern CRON = Pattern.compile("[0-9*/,\\-]+( [0-9*/,\\-]+){4}");

  public CampaignDraft {
    destinations =
        destinations == null
            ? List.of()
            : destinations.stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
    carrierIds = carrierIds == null ? List.of() : carrierIds.stream().distinct().toList();
    cron = cron == null || cron.isBlank() ? null : cron.strip().replaceAll("\\s+", " ");
  }

  /** Calls one run places. */
  public int callsPerRun() {
    return destinations.size() * carrierIds.size() * callsPerPair;
  }

  /** Every problem at once, each tied to its field. */
  public List<FieldProblem> validate() {
    List<FieldProblem> p = new ArrayList<>();
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      p.add(new FieldProblem("name", "Name is required (at most 120 characters)"));
    }
    if (destinations.isEmpty()) {
      p.add(new FieldProblem("destinations", "Enter at least one number to call"));
    }
    destinations.stream()
        .filter(d -> !NUMBER.matcher(d).matches())
        .findFirst()
        .ifPresent(
            d ->
                p.add(
                    new FieldProblem(
                        "destinations", "Not a phone number (digits, optional +): " + d)));
    if (carrierIds.isEmpty()) {
      p.add(new FieldProblem("carriers", "Choose at least one carrier"));
    }
    range(p, "callsPerPair", callsPerPair, 1, 1000, "Calls per destination and carrier");
    range(p, "concurrency", concurrency, 1, 500, "Concurrent calls");
    range(p, "holdSeconds", holdSeconds, 0, 3600, "Hold time (s)");
    range(p, "ringTimeoutSeconds", ringTimeoutSeconds, 1, 300, "Ring timeout (s)");
    if (cps == null || cps.signum() <= 0 || cps.compareTo(BigDecimal.valueOf(500)) > 0) {
      p.add(new FieldProblem("cps", "Calls per second must be above 0 and at most 500"));
    }
    if (callsPerRun() > MAX_CALLS_PER_RUN) {
      p.add(
          new FieldProblem(
              "callsPerPair",
              "At most " + MAX_CALLS_PER_RUN + " calls per run; this makes " + callsPerRun()));
    }
    if (cron != null && !CRON.matcher(cron).matches()) {
      p.add(
          new FieldProblem(
              "cron", "Recurrence must be a 5-field cron expression, e.g. 0 * * * * (hourly)"));
    }
    return p;
  }

  private static void range(
      List<FieldProblem> p, String field, int value, int min, int max, String label) {
    if (value < min || value > max) {
      p.add(new FieldProblem(field, label + " must be between " + min + " and " + max));
    }
  }
}
