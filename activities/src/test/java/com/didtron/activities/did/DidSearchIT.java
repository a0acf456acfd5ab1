package com.didtron.activities.did;

import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.product.ProductVisibilityService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The number search for customers and staff, on the real database. */
class DidSearchIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired DidPrices prices;
  @Autowired Fixtures fixtures;
  @Autowired ProductVisibilityService visibility;

  private DidTestTenant t;

  @BeforeEach
  void stock() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    t.imported(
        inventory,
        line("4930555100", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4930555200", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4930777300", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.40"),
        line("4940555400", "DE", "Hamburg", NumberType.GEOGRAPHIC, "0.40"),
        line("4915112345", "DE", "", NumberType.MOBILE, "2.00"),
        line("4980055500", "DE", "", NumberType.TOLL_FREE, "3.00"),
        line("33155501234", "FR", "Paris", NumberType.GEOGRAPHIC, "0.60"));
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "1.50");
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, "hamburg", "1.20");
    t.priced(prices, "DE", NumberType.MOBILE, null, "4.00");
    t.priced(prices, "FR", NumberType.GEOGRAPHIC, null, "2.00");
  }

  private List<String> numbers(DidSearch s) {
    return inventory.search(t.customer(), s).stream().map(DidOffer::number).toList();
  }

  private static DidSearch search(String country, String type, String area, String pattern) {
    return DidSearch.of(country, type, area, pattern, null, null);
  }

  @Test
  void aCustomerFindsTheAvailableNumbersOfCountryTypeAndAreaWithItsOwnSellPrices() {
    List<DidOffer> berlin =
        inventory.search(t.customer(), search("de", "geographic", "BERLIN", null));

    assertThat(berlin)
        .extracting(DidOffer::number)
        .containsExactly("4930555100", "4930555200", "4930777300");
    DidOffer first = berlin.getFirst();
    assertThat(first.monthlyPrice()).isEqualByComparingTo(new BigDecimal("1.50"));
    assertThat(first.setupPrice()).isEqualByComparingTo(new BigDecimal("5.00"));
    assertThat(first.inboundPerMinute()).isEqualByComparingTo(new BigDecimal("0.01"));
    assertThat(first.currency()).isEqualTo("EUR");
    assertThat(first.area()).isEqualTo("Berlin");
    // the area's own price comes before the country-wide one
    assertThat(inventory.search(t.customer(), search("DE", null, "Hamburg", null)))
        .singleElement()
        .extracting(DidOffer::monthlyPrice)
        .satisfies(p -> assertThat(p).isEqualByComparingTo(new BigDecimal("1.20")));
    assertThat(numbers(search("DE", "MOBILE", null, null))).containsExactly("4915112345");
    assertThat(numbers(search("FR", null, null, null))).containsExactly("33155501234");
  }

  @Test
  void aNumberWithoutASellPriceIsHiddenFromCustomersButShownToStaffWithoutAPrice() {
    assertThat(numbers(search("DE", "TOLL_FREE", null, null))).isEmpty();

    List<DidOffer> staff = inventory.search(t.admin(), search("DE", "TOLL_FREE", null, null));
    assertThat(staff).extracting(DidOffer::number).containsExactly("4980055500");
    assertThat(staff.getFirst().monthlyPrice()).isNull();
  }

  @Test
  void aPatternMatchesDigitsWithStarAndQuestionMarkWildcardsOrAsContains() {
    assertThat(numbers(search(null, null, null, "4930*")))
        .containsExactly("4930555100", "4930555200", "4930777300");
    assertThat(numbers(search(null, null, null, "555")))
        .containsExactly("33155501234", "4930555100", "4930555200", "4940555400");
    assertThat(numbers(search(null, null, null, "49?0555*00")))
        .containsExactly("4930555100", "4930555200", "4940555400");
    assertThat(numbers(search(null, null, null, "*00")))
        .containsExactly("4930555100", "4930555200", "4930777300", "4940555400");
    assertThat(numbers(search(null, null, null, "+49 (30) 777-300"))).containsExactly("4930777300");
    assertThatThrownBy(() -> search(null, null, null, "49%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits");
  }

  @Test
  void pagesFollowEachOtherByNumberWithoutGapsOrRepeats() {
    DidSearch page1 = DidSearch.of("DE", null, null, null, null, 2);
    List<String> first = numbers(page1);
    List<String> second = numbers(DidSearch.of("DE", null, null, null, first.getLast(), 2));
    List<String> third = numbers(DidSearch.of("DE", null, null, null, second.getLast(), 2));

    assertThat(first).containsExactly("4915112345", "4930555100");
    assertThat(second).containsExactly("4930555200", "4930777300");
    assertThat(third).containsExactly("4940555400");
  }

  @Test
  void aCustomerWhoseAccountIsNotOfferedDidsIsRefusedTheSearchAndStaffStillSearch() {
    Account chosen = fixtures.account(t.admin(), Fixtures.unique("Chosen"));
    assertThat(
            visibility.replace(
                t.admin(),
                Product.DIDS,
                List.of(
                    new VisibilityRule(
                        Product.DIDS, VisibilityScope.ACCOUNT, chosen.id().value()))))
        .isEmpty();

    assertThatThrownBy(() -> numbers(search("DE", null, null, null)))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("not offered to your account");
    assertThat(inventory.search(t.admin(), search("DE", "MOBILE", null, null))).hasSize(1);
  }

  @Test
  void aCustomerOfAnotherTenantNeverSeesThisTenantsNumbers() {
    DidTestTenant other = DidTestTenant.create(fixtures, admin(), this::actorOf);
    other.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "9.00");

    assertThat(inventory.search(other.customer(), search("DE", null, null, null))).isEmpty();
    assertThat(inventory.search(other.admin(), search(null, null, null, null))).isEmpty();
    assertThat(numbers(search("DE", "GEOGRAPHIC", "Berlin", null))).hasSize(3);
  }

  @Test
  void whatACustomerReceivesHasNoFieldForTheSupplierOrItsCost() {
    List<String> fields =
        Arrays.stream(DidOffer.class.getRecordComponents()).map(RecordComponent::getName).toList();

    assertThat(fields)
        .noneMatch(f -> f.toLowerCase().contains("cost") || f.toLowerCase().contains("provider"));
    assertThat(inventory.search(t.customer(), search("DE", null, null, null)))
        .allSatisfy(o -> assertThat(o.monthlyPrice()).isNotNull());
  }

  @Test
  void deletedNumbersAreNotForSaleAndComeBackWhenRestored() {
    InventoryNumber n =
        inventory.list(t.admin(), InventoryFilter.all(100)).stream()
            .filter(x -> x.number().equals("4930777300"))
            .findFirst()
            .orElseThrow();

    inventory.delete(t.admin(), n.id());
    assertThat(numbers(search("DE", null, "Berlin", null))).doesNotContain("4930777300");

    inventory.restore(t.admin(), n.id());
    assertThat(numbers(search("DE", null, "Berlin", null))).contains("4930777300");
  }
}
