package com.didtron.activities.product;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.segment.Segments;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.GroupId;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which product in the actor's tenant: staff read the rules, admins replace a product's
 * rules at once (audited, entity {@code product_visibility}, id the product).
 */
@Service
@Facade
public class ProductVisibilityService {
  static final String ENTITY = "product_visibility";

  private final JooqProductVisibility repo;
  private final Accounts accounts;
  private final Segments segments;
  private final AuditTrail audit;
  private final Clock clock;

  ProductVisibilityService(
      JooqProductVisibility repo,
      Accounts accounts,
      Segments segments,
      AuditTrail audit,
      Clock clock) {
    this.repo = repo;
    this.accounts = accounts;
    this.segments = segments;
    this.audit = audit;
    this.clock = clock;
  }

  /** A product's rules; none means everyone sees it. */
  @Transactional(readOnly = true)
  public List<VisibilityRule> rules(Actor actor, Product product) {
    AccessPolicy.requireStaff(actor);
    return repo.rules(actor.tenantId(), product);
  }

  /** Replaces a product's rules; every target must exist in the tenant. Empty: errors. */
  @Transactional
  public List<FieldError> replace(Actor actor, Product product, List<VisibilityRule> next) {
    AccessPolicy.requireAdmin(actor);
    List<FieldError> errors = new ArrayList<>();
    for (VisibilityRule r : next) {
      if (r.product() != product) {
        errors.add(new FieldError("product", "Every rule must be for " + product.name()));
      } else if (!exists(actor.tenantId(), r)) {
        errors.add(
            new FieldError(
                "target", "No such " + r.scope().name().toLowerCase() + ": " + r.target()));
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    List<VisibilityRule> before = repo.rules(actor.tenantId(), product);
    repo.replace(actor.tenantId(), product, next, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.UPDATE,
        ENTITY,
        product.name(),
        snapshot(before),
        snapshot(repo.rules(actor.tenantId(), product)));
    return List.of();
  }

  private boolean exists(TenantId tenant, VisibilityRule r) {
    return switch (r.scope()) {
      case ALL -> true;
      case CATEGORY -> segments.category(tenant, new CategoryId(r.target())).isPresent();
      case GROUP -> segments.group(tenant, new GroupId(r.target())).isPresent();
      case ACCOUNT ->
          accounts.find(tenant, new AccountId(r.target())).filter(a -> !a.isDeleted()).isPresent();
    };
  }

  private static Map<String, Object> snapshot(List<VisibilityRule> rules) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "rules",
        rules.stream()
            .map(r -> r.scope().name() + (r.target() == null ? "" : ":" + r.target()))
            .toList());
    return m;
  }
}
