package com.didtron.activities.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.fx.FxOverrides;
import com.didtron.activities.fx.FxRates;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.TestCarrierHealth;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.routing.CarrierHealth;
import com.didtron.rating.deck.ImportMode;
import com.didtron.testsupport.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** LCR over the active decks of a tenant, in its base currency, judged by the route policy. */
class RouteTestIT extends ActivitiesIT {
  private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired RouteTestService routes;
  @Autowired FxOverrides fxOverrides;
  @Autowired FxRates fx;
  @Autowired TestCarrierHealth health;
  @Autowired TestClock clock;

  private Actor brand;
  private Account customer;

  @BeforeEach
  void brandWithCarriers() {
    brand = admin().inTenant(fixtures.tenant(Fixtures.unique("lcr").toLowerCase()));
    customer = rating.account(brand, "Customer", AccountKind.CUSTOMER, "EUR");
    rating.activate(
        brand,
        rating.card(brand, customer, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0200,0,60,6,2026-01-01,\n");
    carrier("Alpha", "EUR", "44,UK,0.0100,0,60,6,2026-01-01,\n");
    carrier("Bravo", "USD", "4420,London,0.0100,0,1,1,2026-01-01,\n");
    carrier("Costly", "EUR", "44,UK,0.0300,0,60,60,2026-01-01,\n");
    carrier("Pound", "GBP", "44,UK,0.0010,0,60,6,2026-01-01,\n");
    carrier("Elsewhere", "EUR", "33,France,0.0010,0,60,6,2026-01-01,\n");
    Account boxed = carrier("Boxed", "EUR", "44,UK,0.0050,0,60,6,2026-01-01,\n");
    health.set(new CarrierHealth(boxed.id().value(), 20, 5000, true));
    assertThat(
            fxOverrides.set(
                brand, "USD", "EUR", LocalDate.of(2026, 1, 1), "0.90", "house rate for LCR"))
        .isEmpty();
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Account carrier(String name, String currency, String deck) {
    Account a = rating.account(brand, name, AccountKind.CARRIER, currency);
    rating.activate(
        brand,
        rating.card(brand, a, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + deck);
    return a;
  }

  private static String line(RouteOption o) {
    return o.rank()
        + " "
        + o.carrier()
        + " "
        + o.prefix()
        + " "
        + o.baseRate().stripTrailingZeros().toPlainString()
        + (o.allowed() ? "" : " dropped: " + o.rule());
  }

  @Test
  void carriersAreRankedByCostInTheBaseCurrencyAndDroppedOnesNameTheirRule() {
    RouteTest r =
        routes.test(brand, customer.id(), "+442071234567", AT, RoutePolicy.Tier.STANDARD, false);

    assertThat(r.baseCurrency()).isEqualTo("EUR");
    assertThat(r.sellPrefix()).isEqualTo("44");
    assertThat(r.options())
        .extracting(RouteTestIT::line)
        .containsExactly(
            "1 Bravo 4420 0.009",
            "2 Alpha 44 0.01",
            "0 Boxed 44 0.005 dropped: Carrier is in the penalty box",
            "0 Costly 44 0.03 dropped: Costs more than the sell rate (loss protection)");
    assertThat(r.options().get(0).initialIncrement()).isEqualTo(1);
    assertThat(r.withoutRate()).containsExactly("Elsewhere");
    assertThat(r.withoutFxRate()).containsExactly("Pound (GBP)");
  }

  @Test
  void publishedDailyRatesConvertCurrenciesWithoutAnOverrideAndAnOverrideWins() {
    Instant july = Instant.parse("2026-07-01T12:00:00Z");
    clock.set("2026-07-02T08:00:00Z"); // the rates of a past instant's day, not today's
    fx.store(
        LocalDate.of(2026, 6, 30),
        Map.of("EUR", new BigDecimal("0.92"), "GBP", new BigDecimal("0.80")),
        "test");

    RouteTest r =
        routes.test(brand, customer.id(), "442071234567", july, RoutePolicy.Tier.STANDARD, false);

    assertThat(r.options())
        .extracting(RouteTestIT::line)
        .containsExactly(
            "1 Pound 44 0.00115", // GBP published: 0.92 / 0.80 EUR per GBP
            "2 Bravo 4420 0.009", // USD: the tenant's override 0.90, not 0.92
            "3 Alpha 44 0.01",
            "0 Boxed 44 0.005 dropped: Carrier is in the penalty box",
            "0 Costly 44 0.03 dropped: Costs more than the sell rate (loss protection)");
    assertThat(r.withoutFxRate()).isEmpty();
    assertThat(r.fxDay()).hasToString("2026-07-01");
    assertThat(r.fxRates()).containsOnlyKeys("GBP", "USD");
  }

  @Test
  void premiumRoutesNeedMeasuredQualityAndLossCanBeAllowed() {
    RouteTest r =
        routes.test(brand, customer.id(), "442071234567", AT, RoutePolicy.Tier.PREMIUM, true);

    assertThat(r.options())
        .extracting(RouteTestIT::line)
        .containsExactly(
            "0 Boxed 44 0.005 dropped: Carrier is in the penalty box",
            "0 Bravo 4420 0.009 dropped: Premium needs recent quality data",
            "0 Alpha 44 0.01 dropped: Premium needs recent quality data",
            "0 Costly 44 0.03 dropped: Premium needs recent quality data");
  }
}
