package com.didtron.activities.routing;

import static com.didtron.activities.db.Tables.ROUTE_PLAN_VERSION;

import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The stored plan version per customer and tier. */
@Repository
class JooqRoutePlanVersions {
  private final DSLContext db;

  JooqRoutePlanVersions(DSLContext db) {
    this.db = db;
  }

  Optional<RoutePlanVersion> find(UUID account, String tier) {
    return db.selectFrom(ROUTE_PLAN_VERSION)
        .where(ROUTE_PLAN_VERSION.ACCOUNT_ID.eq(account).and(ROUTE_PLAN_VERSION.TIER.eq(tier)))
        .fetchOptional(
            r ->
                new RoutePlanVersion(
                    r.getAccountId(),
                    r.getTier(),
                    r.getFingerprint(),
                    r.getRuleCount(),
                    r.getCompiledAt()));
  }

  void save(UUID tenant, RoutePlanVersion v) {
    var at = v.compiledAt();
    db.insertInto(ROUTE_PLAN_VERSION)
        .set(ROUTE_PLAN_VERSION.ACCOUNT_ID, v.accountId())
        .set(ROUTE_PLAN_VERSION.TIER, v.tier())
        .set(ROUTE_PLAN_VERSION.TENANT_ID, tenant)
        .set(ROUTE_PLAN_VERSION.FINGERPRINT, v.fingerprint())
        .set(ROUTE_PLAN_VERSION.RULE_COUNT, v.ruleCount())
        .set(ROUTE_PLAN_VERSION.COMPILED_AT, at)
        .onConflict(ROUTE_PLAN_VERSION.ACCOUNT_ID, ROUTE_PLAN_VERSION.TIER)
        .doUpdate()
        .set(ROUTE_PLAN_VERSION.FINGERPRINT, v.fingerprint())
        .set(ROUTE_PLAN_VERSION.RULE_COUNT, v.ruleCount())
        .set(ROUTE_PLAN_VERSION.COMPILED_AT, at)
        .execute();
  }
}
