package com.didtron.activities.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.segment.SegmentChange.Saved;
import com.didtron.activities.segment.SegmentService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.domain.user.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees which product: the seeded rules, and rules an admin sets per group and customer. */
class ProductAccessIT extends ActivitiesIT {
  @Autowired ProductAccess access;
  @Autowired ProductVisibilityService visibility;
  @Autowired SegmentService segments;
  @Autowired Fixtures fixtures;

  private Actor brandAdmin() {
    return admin().inTenant(fixtures.tenant(Fixtures.unique("vis").toLowerCase()));
  }

  private CustomerCategory category(Actor admin, String code) {
    return segments.categories(admin).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private Account customerIn(Actor admin, String categoryCode) {
    Account a = fixtures.account(admin, Fixtures.unique("Cust"));
    segments.assign(admin, a.id(), category(admin, categoryCode).id(), null);
    return a;
  }

  @Test
  void theSipTesterIsOfferedToBusinessCategoriesOnlyAndEverythingElseToAll() {
    Actor admin = brandAdmin();
    Account individual = customerIn(admin, "INDIVIDUAL");
    Account wholesaler = customerIn(admin, "WHOLESALER");

    assertThat(access.canSee(individual.id(), Product.SIP_TESTER)).isFalse();
    assertThat(access.canSee(wholesaler.id(), Product.SIP_TESTER)).isTrue();
    assertThat(access.canSee(individual.id(), Product.VOICE)).isTrue();
    assertThat(access.canSee(individual.id(), Product.LIVE_CALLS)).isTrue();
  }

  @Test
  void aProductShownToOneGroupAndOneNamedCustomerIsHiddenFromTheRestAndTheChangeIsAudited() {
    Actor admin = brandAdmin();
    CustomerCategory cc = category(admin, "CALL_CENTER");
    var inbound = (Saved<CustomerGroup>) segments.createGroup(admin, cc.id(), "cc-vip", "VIP");
    Account inGroup = fixtures.account(admin, Fixtures.unique("Grp"));
    segments.assign(admin, inGroup.id(), cc.id(), inbound.value().id());
    Account named = customerIn(admin, "INDIVIDUAL");
    Account other = customerIn(admin, "CALL_CENTER");

    var errors =
        visibility.replace(
            admin,
            Product.DIDS,
            List.of(
                new VisibilityRule(
                    Product.DIDS, VisibilityScope.GROUP, inbound.value().id().value()),
                new VisibilityRule(Product.DIDS, VisibilityScope.ACCOUNT, named.id().value())));

    assertThat(errors).isEmpty();
    assertThat(access.canSee(inGroup.id(), Product.DIDS)).isTrue();
    assertThat(access.canSee(named.id(), Product.DIDS)).isTrue();
    assertThat(access.canSee(other.id(), Product.DIDS)).isFalse();
    assertThat(visibility.rules(admin, Product.DIDS)).hasSize(2);
  }

  @Test
  void aRuleNamingAnAccountOfAnotherBrandIsRefused() {
    Actor admin = brandAdmin();
    Account elsewhere = fixtures.account(admin(), Fixtures.unique("Else"));

    var errors =
        visibility.replace(
            admin,
            Product.VOICE,
            List.of(
                new VisibilityRule(
                    Product.VOICE, VisibilityScope.ACCOUNT, elsewhere.id().value())));

    assertThat(errors).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("target"));
    assertThat(visibility.rules(admin, Product.VOICE)).isEmpty();
  }

  @Test
  void aCustomerUserIsRefusedWhatItsAccountMayNotSeeAndStaffSeeEverything() {
    Actor admin = brandAdmin();
    Account individual = customerIn(admin, "INDIVIDUAL");
    Actor customer = actorOf(fixtures.portalUser(admin, individual, Role.CUSTOMER));

    assertThatThrownBy(() -> access.require(customer, Product.SIP_TESTER))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("SIP tester is not offered to your account");
    access.require(customer, Product.VOICE);
    assertThat(access.canSee(admin, Product.SIP_TESTER)).isTrue();
    assertThat(
            access.canSee(
                new com.didtron.domain.account.AccountId(UUID.randomUUID()), Product.VOICE))
        .isFalse();
  }
}
