package com.didtron.activities.segment;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.segment.SegmentChange.Rejected;
import com.didtron.activities.segment.SegmentChange.Saved;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.segment.CategoryDraft;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.segment.Segment;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer categories and groups through the real service and database. */
class SegmentIT extends ActivitiesIT {
  @Autowired SegmentService segments;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private Actor brandAdmin() {
    return admin().inTenant(fixtures.tenant(Fixtures.unique("seg").toLowerCase()));
  }

  @Test
  void aNewBrandHasTheFiveSeededCategoriesWithTheirBillingDefaultsAndGroups() {
    Actor admin = brandAdmin();

    var categories = segments.categories(admin);

    assertThat(categories)
        .extracting(CustomerCategory::code, CustomerCategory::billingMode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("INDIVIDUAL", BillingMode.PREPAID),
            org.assertj.core.groups.Tuple.tuple("SMALL_BUSINESS", BillingMode.PREPAID),
            org.assertj.core.groups.Tuple.tuple("ENTERPRISE", BillingMode.POSTPAID),
            org.assertj.core.groups.Tuple.tuple("WHOLESALER", BillingMode.POSTPAID),
            org.assertj.core.groups.Tuple.tuple("CALL_CENTER", BillingMode.POSTPAID));
    assertThat(segments.groups(admin)).extracting(CustomerGroup::code).contains("cc-inbound");
  }

  @Test
  void anAdminCreatesChangesAndDeletesACategoryAndEachChangeIsAudited() {
    Actor admin = brandAdmin();
    var draft =
        new CategoryDraft(
            "RESELLER", "Reseller", BillingMode.POSTPAID, new BigDecimal("250"), "usd", false);

    var created = (Saved<CustomerCategory>) segments.createCategory(admin, draft);
    var renamed =
        (Saved<CustomerCategory>)
            segments.updateCategory(
                admin,
                created.value().id(),
                new CategoryDraft(
                    "RESELLER", "Resellers", BillingMode.POSTPAID, BigDecimal.TEN, null, true));
    segments.deleteCategory(admin, created.value().id());

    assertThat(created.value().currency().code()).isEqualTo("USD");
    assertThat(renamed.value().name()).isEqualTo("Resellers");
    assertThat(renamed.value().currency()).isNull();
    assertThat(segments.categories(admin))
        .extracting(CustomerCategory::code)
        .doesNotContain("RESELLER");
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG.ENTITY_TYPE.eq("customer_category"),
                AUDIT_LOG.ENTITY_ID.eq(created.value().id().toString())))
        .isEqualTo(3);
  }

  @Test
  void aPrepaidCategoryWithCreditAndADuplicateCodeAreRefusedWithTheirField() {
    Actor admin = brandAdmin();

    var credit =
        (Rejected<CustomerCategory>)
            segments.createCategory(
                admin,
                new CategoryDraft("PRE", "Pre", BillingMode.PREPAID, BigDecimal.ONE, null, true));
    var duplicate =
        (Rejected<CustomerCategory>)
            segments.createCategory(
                admin,
                new CategoryDraft("INDIVIDUAL", "Again", BillingMode.PREPAID, null, null, true));

    assertThat(credit.errors().getFirst().message())
        .isEqualTo("Prepaid categories have no credit limit");
    assertThat(duplicate.errors().getFirst().field()).isEqualTo("code");
  }

  @Test
  void anAccountIsPlacedInAGroupOfItsCategoryAndACategoryInUseCannotBeDeleted() {
    Actor admin = brandAdmin();
    CustomerCategory enterprise =
        segments.categories(admin).stream()
            .filter(c -> c.code().equals("ENTERPRISE"))
            .findFirst()
            .orElseThrow();
    CustomerCategory individual =
        segments.categories(admin).stream()
            .filter(c -> c.code().equals("INDIVIDUAL"))
            .findFirst()
            .orElseThrow();
    var group =
        (Saved<CustomerGroup>)
            segments.createGroup(admin, enterprise.id(), "ent-gov", "Government");
    Account account = fixtures.account(admin, Fixtures.unique("Placed"));

    var wrongGroup = segments.assign(admin, account.id(), individual.id(), group.value().id());
    var placed =
        (Saved<Segment>) segments.assign(admin, account.id(), enterprise.id(), group.value().id());

    assertThat(wrongGroup).isInstanceOf(Rejected.class);
    assertThat(placed.value().groupId()).isEqualTo(group.value().id());
    assertThat(segments.segmentOf(admin, account.id())).contains(placed.value());
    assertThat(segments.deleteCategory(admin, enterprise.id())).isInstanceOf(Rejected.class);
    assertThat(segments.deleteGroup(admin, group.value().id())).isInstanceOf(Rejected.class);
  }

  @Test
  void aCustomerUserReadsNoCategories() {
    Account own = fixtures.account(admin(), Fixtures.unique("Cust"));
    Actor customer = actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER));

    assertThatThrownBy(() -> segments.categories(customer)).isInstanceOf(AccessDenied.class);
  }
}
