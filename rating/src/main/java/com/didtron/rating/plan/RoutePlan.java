package com.didtron.rating.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's compiled routing plan for one tier: rules ordered by prefix. The switch routes a
 * number by its longest matching rule, which {@link #ruleFor} reproduces.
 */
public final class RoutePlan {
  private final String customer;
  private final String tier;
  private final List<PlanRule> rules;
  private final Map<String, PlanRule> byPrefix;
  private final int longest;

  /** A plan of {@code rules}, which the compiler gives ordered by prefix, one per prefix. */
  public RoutePlan(String customer, String tier, List<PlanRule> rules) {
    this.customer = Objects.requireNonNull(customer, "customer");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.rules = List.copyOf(rules);
    this.byPrefix = new HashMap<>(rules.size() * 2);
    int max = 0;
    for (PlanRule r : this.rules) {
      if (byPrefix.put(r.prefix(), r) != null) {
        throw new IllegalArgumentException("two rules for prefix " + r.prefix());
      }
      max = Math.max(max, r.prefix().length());
    }
    this.longest = max;
  }

  public String customer() {
    return customer;
  }

  public String tier() {
    return tier;
  }

  /** The rules, ordered by prefix. */
  public List<PlanRule> rules() {
    return rules;
  }

  /** The rule the switch uses for {@code digits}: the longest rule prefix of the number. */
  public Optional<PlanRule> ruleFor(String digits) {
    for (int k = Math.min(longest, digits.length()); k > 0; k--) {
      PlanRule r = byPrefix.get(digits.substring(0, k));
      if (r != null) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * SHA-256 (hex) of what the switch receives: each rule's prefix and carrier ids in order. Two
   * plans with the same fingerprint route every number the same way.
   */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (PlanRule r : rules) {
        sha.update(r.prefix().getBytes(StandardCharsets.US_ASCII));
        for (PlanRoute c : r.carriers()) {
          sha.update((byte) ':');
          sha.update(c.carrierId().getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
