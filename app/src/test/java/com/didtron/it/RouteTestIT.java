package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.routing.FxRates;
import com.didtron.activities.routing.RouteOption;
import com.didtron.activities.routing.RouteTest;
import com.didtron.activities.routing.RouteTestService;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.routing.CarrierHealth;
import com.didtron.rating.deck.ImportMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** LCR over the active decks of a tenant, in its base currency, judged by the route policy. */
class RouteTestIT extends PlatformIT {
  private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired RouteTestService routes;
  @Autowired FxRates fx;
  @Autowired TestCarrierHealth health;

  private Actor brand;
  private Account customer;

  @BeforeEach
  void brandWithCarriers() {
    brand = admin().inTenant(fixtures.tenant(Fixtures.unique("lcr").toLowerCase()));
    customer = rating.account(brand, "Customer", AccountKind.CUSTOMER, "EUR");
    rating.activate(brand, rating.card(brand, customer, DeckSide.SELL), ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0200,0,60,6,2026-01-01,\n");
    carrier("Alpha", "EUR", "44,UK,0.0100,0,60,6,2026-01-01,\n");
    carrier("Bravo", "USD", "4420,London,0.0100,0,1,1,2026-01-01,\n");
    carrier("Costly", "EUR", "44,UK,0.0300,0,60,60,2026-01-01,\n");
    carrier("Pound", "GBP", "44,UK,0.0010,0,60,6,2026-01-01,\n");
    carrier("Elsewhere", "EUR", "33,France,0.0010,0,60,6,2026-01-01,\n");
    Account boxed = carrier("Boxed", "EUR", "44,UK,0.0050,0,60,6,2026-01-01,\n");
    health.set(new CarrierHealth(boxed.id().value(), 20, 5000, true));
    fx.set(brand, CurrencyCode.of("USD"), new BigDecimal("0.90"));
  }

  private Account carrier(String name, String currency, String deck) {
    Account a = rating.account(brand, name, AccountKind.CARRIER, currency);
    rating.activate(brand, rating.card(brand, a, DeckSide.BUY), ImportMode.REPLACE, RatingFixtures.HEADER + deck);
    return a;
  }

  private static String line(RouteOption o) {
    return o.rank() + " " + o.carrier() + " " + o.prefix() + " " + o.baseRate().stripTrailingZeros().toPlainString()
        + (o.allowed() ? "" : " dropped: " + o.rule());
  }

  @Test
  void carriersAreRankedByCostInTheBaseCurrencyAndDroppedOnesNameTheirRule() {
    RouteTest r = routes.test(brand, customer.id(), "+442071234567", AT, RoutePolicy.Tier.STANDARD, false);

    assertThat(r.baseCurrency()).isEqualTo("EUR");
    assertThat(r.sellPrefix()).isEqualTo("44");
    assertThat(r.options()).extracting(RouteTestIT::line).containsExactly(
        "1 Bravo 4420 0.009",
        "2 Alpha 44 0.01",
        "0 Boxed 44 0.005 dropped: Carrier is in the penalty box",
        "0 Costly 44 0.03 dropped: Costs more than the sell rate (loss protection)");
    assertThat(r.options().get(0).initialIncrement()).isEqualTo(1);
    assertThat(r.withoutRate()).containsExactly("Elsewhere");
    assertThat(r.withoutFxRate()).containsExactly("Pound (GBP)");
  }

  @Test
  void premiumRoutesNeedMeasuredQualityAndLossCanBeAllowed() {
    RouteTest r = routes.test(brand, customer.id(), "442071234567", AT, RoutePolicy.Tier.PREMIUM, true);

    assertThat(r.options()).extracting(RouteTestIT::line).containsExactly(
        "0 Boxed 44 0.005 dropped: Carrier is in the penalty box",
        "0 Bravo 4420 0.009 dropped: Premium needs recent quality data",
        "0 Alpha 44 0.01 dropped: Premium needs recent quality data",
        "0 Costly 44 0.03 dropped: Premium needs recent quality data");
  }
}
