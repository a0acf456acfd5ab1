package com.didtron.activities.product;

import static com.didtron.activities.db.Tables.PRODUCT_VISIBILITY;

import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqProductVisibility {
  private final DSLContext db;

  JooqProductVisibility(DSLContext db) {
    this.db = db;
  }

  List<VisibilityRule> rules(TenantId tenant, Product product) {
    return db.selectFrom(PRODUCT_VISIBILITY)
        .where(PRODUCT_VISIBILITY.TENANT_ID.eq(tenant.value()))
        .and(PRODUCT_VISIBILITY.PRODUCT.eq(product.name()))
        .orderBy(PRODUCT_VISIBILITY.SCOPE, PRODUCT_VISIBILITY.TARGET_ID)
        .fetch(
            r ->
                new VisibilityRule(
                    product, VisibilityScope.valueOf(r.getScope()), r.getTargetId()));
  }

  void replace(TenantId tenant, Product product, List<VisibilityRule> rules, Instant now) {
    db.deleteFrom(PRODUCT_VISIBILITY)
        .where(PRODUCT_VISIBILITY.TENANT_ID.eq(tenant.value()))
        .and(PRODUCT_VISIBILITY.PRODUCT.eq(product.name()))
        .execute();
    for (VisibilityRule r : rules) {
      db.insertInto(PRODUCT_VISIBILITY)
          .set(PRODUCT_VISIBILITY.ID, UUID.randomUUID())
          .set(PRODUCT_VISIBILITY.TENANT_ID, tenant.value())
          .set(PRODUCT_VISIBILITY.PRODUCT, product.name())
          .set(PRODUCT_VISIBILITY.SCOPE, r.scope().name())
          .set(PRODUCT_VISIBILITY.TARGET_ID, r.target())
          .set(PRODUCT_VISIBILITY.CREATED_AT, now)
          .onConflictDoNothing()
          .execute();
    }
  }
}
