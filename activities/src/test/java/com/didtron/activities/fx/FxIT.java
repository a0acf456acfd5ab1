package com.didtron.activities.fx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerVerifier;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.ProviderStubs;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.JournalEntryDraft;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.PostedLine;
import com.didtron.domain.ledger.Posting;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.workflows.fx.FxFetchRequest;
import com.didtron.workflows.fx.FxRatesActivities;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * FX: published rates cached from Open Exchange Rates (stubbed), manual overrides, rates on
 * postings.
 */
class FxIT extends ActivitiesIT {
  @Autowired FxRatesActivities fetch;
  @Autowired FxRates rates;
  @Autowired FxOverrides overrides;
  @Autowired Ledger ledger;
  @Autowired LedgerVerifier verifier;
  @Autowired TopUps topUps;
  @Autowired CustomerBalances balances;
  @Autowired LedgerFixtures money;

  private static CurrencyCode c(String code) {
    return CurrencyCode.of(code);
  }

  @Test
  void aDaysPublishedRatesAreFetchedCachedAndCrossedOverUsd() {
    ProviderStubs.server()
        .stubFor(
            get(urlPathEqualTo("/api/historical/2026-01-15.json"))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            """
            {"disclaimer":"test","base":"USD","timestamp":1768435200,
             "rates":{"USD":1,"EUR":0.9,"GBP":0.8,"JPY":150.25}}""")));
    var result = fetch.fetchDay(new FxFetchRequest("2026-01-15", "fx-test"));
    assertThat(result.currencies()).isEqualTo(4);
    ProviderStubs.server()
        .verify(
            getRequestedFor(urlPathEqualTo("/api/historical/2026-01-15.json"))
                .withQueryParam("app_id", equalTo("oxr-test")));
    LocalDate day = LocalDate.of(2026, 1, 15);
    assertThat(rates.rate(admin().tenantId(), c("EUR"), c("GBP"), day))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.888888888889"));
    assertThat(rates.rate(admin().tenantId(), c("USD"), c("JPY"), day.plusDays(3)))
        .as("a week's lookback")
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("150.25"));
    assertThat(rates.rate(admin().tenantId(), c("EUR"), c("GBP"), day.plusDays(30))).isEmpty();
  }

  @Test
  void aManualOverrideWinsFromItsFirstDayInBothDirections() {
    overrides.set(admin(), "CHF", "SEK", LocalDate.of(2026, 3, 1), "11.5", "bank rate for March");
    assertThat(rates.rate(admin().tenantId(), c("CHF"), c("SEK"), LocalDate.of(2026, 3, 10)))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("11.5"));
    assertThat(rates.rate(admin().tenantId(), c("SEK"), c("CHF"), LocalDate.of(2026, 3, 10)))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.086956521739"));
    assertThat(rates.rate(admin().tenantId(), c("CHF"), c("SEK"), LocalDate.of(2026, 2, 28)))
        .isEmpty();
    assertThat(overrides.set(admin(), "CHF", "CHF", LocalDate.of(2026, 3, 1), "0", ""))
        .extracting(e -> e.field())
        .contains("quote", "rate", "reason");
  }

  @Test
  void postingsInAForeignCurrencyCarryTheRateOfTheirDate() {
    overrides.set(admin(), "DKK", "USD", LocalDate.of(2026, 4, 1), "0.15", "test rate");
    Account customer =
        money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    UUID source = money.adjustment(customer, Money.of("10", "DKK"));
    var revenue = money.account(LedgerPurpose.REVENUE);
    var clearing = money.account(LedgerPurpose.PAYMENT_CLEARING);
    var posted =
        ledger.post(
            new JournalEntryDraft(
                customer.tenantId(),
                LocalDate.of(2026, 4, 2),
                "DKK sale",
                SourceRef.of(SourceType.ADJUSTMENT, source),
                null,
                "dkk-" + source,
                List.of(
                    Posting.debit(clearing.id(), Money.of("10.01", "DKK"), null),
                    Posting.credit(revenue.id(), Money.of("10.01", "DKK"), null))),
            admin());
    assertThat(posted.entry().lines())
        .extracting(PostedLine::fxRate)
        .allSatisfy(r -> assertThat(r).isEqualByComparingTo("0.15"));
    assertThat(posted.entry().lines())
        .extracting(PostedLine::baseAmount)
        .anySatisfy(b -> assertThat(b).isEqualByComparingTo("1.5015"));
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void aTopUpInAnotherCurrencyIsExchangedAtTheDaysRateAndBalancesPerCurrency() {
    overrides.set(admin(), "NOK", "USD", LocalDate.of(2000, 1, 1), "0.1", "house rate");
    Account customer = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    PaymentChange change =
        topUps.manual(admin(), customer.id(), new TopUpInput("125", "NOK", "wire in NOK"));
    assertThat(change).isInstanceOf(PaymentChange.Done.class);
    assertThat(balances.current(customer.tenantId(), customer.id()).funds())
        .isEqualTo(Money.of("12.5", "USD"));
    var entry =
        ledger
            .entryByKey(
                customer.tenantId(), "payment:" + ((PaymentChange.Done) change).payment().id())
            .orElseThrow();
    assertThat(entry.lines()).hasSize(4);
    assertThat(verifier.verify().violations()).isEmpty();
  }

  @Test
  void aTopUpInACurrencyWithoutAnyRateIsRefusedClearly() {
    Account customer = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    PaymentChange change =
        topUps.manual(admin(), customer.id(), new TopUpInput("10", "ISK", "wire in ISK"));
    assertThat(((PaymentChange.Rejected) change).message())
        .contains("No ISK→USD rate")
        .contains("manual rate");
  }
}
