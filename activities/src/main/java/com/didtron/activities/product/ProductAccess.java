package com.didtron.activities.product;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.segment.Segments;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.segment.Segment;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a customer may see a product or portal feature: the one check behind the customer
 * portal's menu, its pages and the REST API (docs/onboarding.md). Staff see everything.
 */
@Service
@Facade
public class ProductAccess {
  private final JooqProductVisibility rules;
  private final Accounts accounts;
  private final Segments segments;

  ProductAccess(JooqProductVisibility rules, Accounts accounts, Segments segments) {
    this.rules = rules;
    this.accounts = accounts;
    this.segments = segments;
  }

  /**
   * Whether this account sees the product under its brand's rules; unknown accounts see nothing.
   */
  @Transactional(readOnly = true)
  public boolean canSee(AccountId account, Product product) {
    Optional<Account> found = accounts.find(account);
    if (found.isEmpty()) {
      return false;
    }
    Optional<Segment> segment = segments.of(account);
    UUID category = segment.map(s -> s.categoryId().value()).orElse(null);
    UUID group = segment.map(s -> s.groupId() == null ? null : s.groupId().value()).orElse(null);
    return VisibilityRule.visible(
        rules.rules(found.get().tenantId(), product), account.value(), category, group);
  }

  /** Staff: always; a portal user: as its account; anyone else: no. */
  @Transactional(readOnly = true)
  public boolean canSee(Actor actor, Product product) {
    if (actor.isStaff()) {
      return true;
    }
    return actor.ownAccount().map(a -> canSee(a, product)).orElse(false);
  }

  /** Refuses (403 in the API) when the actor may not see the product. */
  @Transactional(readOnly = true)
  public void require(Actor actor, Product product) {
    if (!canSee(actor, product)) {
      throw new AccessDenied(product.label() + " is not offered to your account");
    }
  }
}
