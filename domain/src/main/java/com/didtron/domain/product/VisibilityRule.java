package com.didtron.domain.product;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a product's visibility: shown to all, to a category, a group or an account ({@code
 * target} the id of that category, group or account; null for {@link VisibilityScope#ALL}).
 */
public record VisibilityRule(Product product, VisibilityScope scope, UUID target) {
  public VisibilityRule {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(scope, "scope");
    if ((scope == VisibilityScope.ALL) != (target == null)) {
      throw new IllegalArgumentException(
          scope == VisibilityScope.ALL
              ? "A rule for all customers names no target"
              : "A rule for a " + scope.name().toLowerCase() + " names its id");
    }
  }

  /**
   * Whether a customer sees a product under these rules (all of the same product): with no rule at
   * all everyone does; otherwise a rule must be for all, its category, its group or itself.
   *
   * @param category the account's category id, or null
   * @param group the account's group id, or null
   */
  public static boolean visible(
      List<VisibilityRule> rules, UUID account, UUID category, UUID group) {
    if (rules.isEmpty()) {
      return true;
    }
    return rules.stream().anyMatch(r -> r.admits(account, category, group));
  }

  private boolean admits(UUID account, UUID category, UUID group) {
    return switch (scope) {
      case ALL -> true;
      case CATEGORY -> target.equals(category);
      case GROUP -> target.equals(group);
      case ACCOUNT -> target.equals(account);
    };
  }
}
