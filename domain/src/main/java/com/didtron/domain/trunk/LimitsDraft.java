package com.didtron.domain.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.money.AmountParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a user enters as an account's limits; null (or no prefixes) means unlimited. */
public record LimitsDraft(
    Integer maxChannels,
    Integer maxCps,
    BigDecimal dailySpendCap,
    BigDecimal maxRatePerMinute,
    List<String> blockedPrefixes) {

  public static final int MAX_BLOCKED_PREFIXES = 1000;

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (maxChannels != null && maxChannels < 0) {
      errors.add(
          new FieldError(
              "maxChannels", "Max channels cannot be negative (leave empty for unlimited)"));
    }
    if (maxCps != null && maxCps < 0) {
      errors.add(
          new FieldError(
              "maxCps", "Max calls per second cannot be negative (leave empty for unlimited)"));
    }
    amount(errors, "dailySpendCap", "Daily spend cap", dailySpendCap);
    amount(errors, "maxRatePerMinute", "Max rate per minute", maxRatePerMinute);
    if (blockedPrefixes != null) {
      if (blockedPrefixes.size() > MAX_BLOCKED_PREFIXES) {
        errors.add(
            new FieldError(
                "blockedPrefixes", "At most " + MAX_BLOCKED_PREFIXES + " blocked prefixes"));
      } else if (blockedPrefixes.stream()
          .anyMatch(p -> p == null || !p.strip().matches("[0-9]{1,16}"))) {
        errors.add(new FieldError("blockedPrefixes", "Blocked prefixes are 1..16 digits each"));
      }
    }
    return List.copyOf(errors);
  }

  private static void amount(
      List<FieldError> errors, String field, String label, BigDecimal value) {
    if (value == null) {
      return;
    }
    Optional<String> bounds = AmountParser.problem(value);
    if (bounds.isPresent()) {
      errors.add(new FieldError(field, label + ": " + bounds.get()));
    } else if (value.signum() < 0) {
      errors.add(new FieldError(field, label + " cannot be negative (leave empty for unlimited)"));
    } else if (value.stripTrailingZeros().scale() > 6) {
      errors.add(new FieldError(field, label + " has more than 6 decimals"));
    }
  }

  /** Prefixes trimmed, deduplicated and sorted. Call only on a valid draft. */
  public LimitsDraft normalized() {
    List<String> prefixes =
        blockedPrefixes == null
            ? List.of()
            : blockedPrefixes.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .distinct()
                .sorted()
                .toList();
    return new LimitsDraft(maxChannels, maxCps, dailySpendCap, maxRatePerMinute, prefixes);
  }
}
