package com.didtron.activities.segment;

import static com.didtron.activities.db.Tables.ACCOUNT_SEGMENT;
import static com.didtron.activities.db.Tables.CUSTOMER_CATEGORY;
import static com.didtron.activities.db.Tables.CUSTOMER_GROUP;

import com.didtron.activities.db.tables.records.CustomerCategoryRecord;
import com.didtron.activities.db.tables.records.CustomerGroupRecord;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.segment.CategoryDraft;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.GroupId;
import com.didtron.domain.segment.Segment;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Categories, groups and account placements of a tenant. */
@Repository
class JooqSegments {
  private final DSLContext db;

  JooqSegments(DSLContext db) {
    this.db = db;
  }

  List<CustomerCategory> categories(TenantId tenant) {
    return db.selectFrom(CUSTOMER_CATEGORY)
        .where(CUSTOMER_CATEGORY.TENANT_ID.eq(tenant.value()))
        .orderBy(CUSTOMER_CATEGORY.NAME)
        .fetch(JooqSegments::toCategory);
  }

  Optional<CustomerCategory> category(TenantId tenant, CategoryId id) {
    return db.selectFrom(CUSTOMER_CATEGORY)
        .where(CUSTOMER_CATEGORY.TENANT_ID.eq(tenant.value()))
        .and(CUSTOMER_CATEGORY.ID.eq(id.value()))
        .fetchOptional(JooqSegments::toCategory);
  }

  boolean codeTaken(TenantId tenant, String code, CategoryId except) {
    var c = CUSTOMER_CATEGORY.TENANT_ID.eq(tenant.value()).and(CUSTOMER_CATEGORY.CODE.eq(code));
    if (except != null) {
      c = c.and(CUSTOMER_CATEGORY.ID.ne(except.value()));
    }
    return db.fetchExists(CUSTOMER_CATEGORY, c);
  }

  CustomerCategory insert(TenantId tenant, CategoryDraft d, Instant now) {
    CustomerCategoryRecord r = db.newRecord(CUSTOMER_CATEGORY);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setCreatedAt(now);
    apply(r, d, now);
    r.store();
    return toCategory(r);
  }

  CustomerCategory update(CategoryId id, CategoryDraft d, Instant now) {
    CustomerCategoryRecord r =
        db.fetchSingle(CUSTOMER_CATEGORY, CUSTOMER_CATEGORY.ID.eq(id.value()));
    apply(r, d, now);
    r.store();
    return toCategory(r);
  }

  boolean inUse(CategoryId id) {
    return db.fetchExists(ACCOUNT_SEGMENT, ACCOUNT_SEGMENT.CATEGORY_ID.eq(id.value()))
        || db.fetchExists(CUSTOMER_GROUP, CUSTOMER_GROUP.CATEGORY_ID.eq(id.value()));
  }

  void deleteCategory(CategoryId id) {
    db.deleteFrom(CUSTOMER_CATEGORY).where(CUSTOMER_CATEGORY.ID.eq(id.value())).execute();
  }

  List<CustomerGroup> groups(TenantId tenant) {
    return db.selectFrom(CUSTOMER_GROUP)
        .where(CUSTOMER_GROUP.TENANT_ID.eq(tenant.value()))
        .orderBy(CUSTOMER_GROUP.CODE)
        .fetch(JooqSegments::toGroup);
  }

  Optional<CustomerGroup> group(TenantId tenant, GroupId id) {
    return db.selectFrom(CUSTOMER_GROUP)
        .where(CUSTOMER_GROUP.TENANT_ID.eq(tenant.value()))
        .and(CUSTOMER_GROUP.ID.eq(id.value()))
        .fetchOptional(JooqSegments::toGroup);
  }

  boolean groupCodeTaken(CategoryId category, String code) {
    return db.fetchExists(
        CUSTOMER_GROUP,
        CUSTOMER_GROUP.CATEGORY_ID.eq(category.value()).and(CUSTOMER_GROUP.CODE.eq(code)));
  }

  CustomerGroup insertGroup(
      TenantId tenant, CategoryId category, String code, String name, Instant now) {
    CustomerGroupRecord r = db.newRecord(CUSTOMER_GROUP);
    r.setId(UUID.randomUUID());
    r.setTenantId(tenant.value());
    r.setCategoryId(category.value());
    r.setCode(code);
    r.setName(name);
    r.setCreatedAt(now);
    r.setUpdatedAt(now);
    r.store();
    return toGroup(r);
  }

  boolean groupInUse(GroupId id) {
    return db.fetchExists(ACCOUNT_SEGMENT, ACCOUNT_SEGMENT.GROUP_ID.eq(id.value()));
  }

  void deleteGroup(GroupId id) {
    db.deleteFrom(CUSTOMER_GROUP).where(CUSTOMER_GROUP.ID.eq(id.value())).execute();
  }

  Optional<Segment> segment(AccountId account) {
    return db.selectFrom(ACCOUNT_SEGMENT)
        .where(ACCOUNT_SEGMENT.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(
            r ->
                new Segment(
                    account,
                    new CategoryId(r.getCategoryId()),
                    r.getGroupId() == null ? null : new GroupId(r.getGroupId())));
  }

  void place(TenantId tenant, Segment s, Instant now) {
    UUID group = s.groupId() == null ? null : s.groupId().value();
    db.insertInto(ACCOUNT_SEGMENT)
        .set(ACCOUNT_SEGMENT.ACCOUNT_ID, s.accountId().value())
        .set(ACCOUNT_SEGMENT.TENANT_ID, tenant.value())
        .set(ACCOUNT_SEGMENT.CATEGORY_ID, s.categoryId().value())
        .set(ACCOUNT_SEGMENT.GROUP_ID, group)
        .set(ACCOUNT_SEGMENT.UPDATED_AT, now)
        .onConflict(ACCOUNT_SEGMENT.ACCOUNT_ID)
        .doUpdate()
        .set(ACCOUNT_SEGMENT.CATEGORY_ID, s.categoryId().value())
        .set(ACCOUNT_SEGMENT.GROUP_ID, group)
        .set(ACCOUNT_SEGMENT.UPDATED_AT, now)
        .execute();
  }

  private static void apply(CustomerCategoryRecord r, CategoryDraft d, Instant now) {
    r.setCode(d.code());
    r.setName(d.name());
    r.setBillingMode(d.billingMode().name());
    r.setCreditLimit(d.creditLimit());
    r.setCurrency(d.currency());
    r.setSelfSignup(d.selfSignup());
    r.setUpdatedAt(now);
  }

  static CustomerCategory toCategory(CustomerCategoryRecord r) {
    return new CustomerCategory(
        new CategoryId(r.getId()),
        new TenantId(r.getTenantId()),
        r.getCode(),
        r.getName(),
        BillingMode.valueOf(r.getBillingMode()),
        r.getCreditLimit(),
        r.getCurrency() == null ? null : CurrencyCode.of(r.getCurrency()),
        r.getSelfSignup());
  }

  static CustomerGroup toGroup(CustomerGroupRecord r) {
    return new CustomerGroup(
        new GroupId(r.getId()), new CategoryId(r.getCategoryId()), r.getCode(), r.getName());
  }
}
