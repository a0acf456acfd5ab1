package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.home.CustomerHome;
import com.didtron.activities.home.HomeService;
import com.didtron.activities.home.StaffHome;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.dashboard.DashboardView;
import com.didtron.ui.portal.MyAccountView;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first page after sign-in, per role, over real data: a prepaid customer whose calls took its
 * balance below zero reads "Calls stopped" with the reason, and "Calls allowed" once it has paid;
 * its spend today and this month are the sums of its rated calls of those days (a call of last
 * month does not count); its last invoice shows with its due date; the carrier that terminated the
 * calls sees what we owe it and the traffic it carried, never the customer or its prices; another
 * customer's home holds nothing of the first; staff see the counters their roles may open.
 *
 * <p>The clock stands at 2021-05-20 15:00 UTC (a month no other test uses). Sell 0.0300/min, buy
 * 0.0170/min, per-minute increments: calls of 60 s, 120 s (today) and 60 s (May 3rd) charge the
 * customer 0.03 + 0.06 + 0.03 = 0.12 this month, 0.09 today; a 60 s call on April 30th charges 0.03
 * more, to the balance only: −0.15 in all.
 */
class HomePagesIT extends BrowserlessViewsIT {
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired SettlementFixtures settle;
  @Autowired CdrIngestService ingest;
  @Autowired AccountService accounts;
  @Autowired TopUps topUps;
  @Autowired HomeService home;
  @Autowired TestClock clock;

  private Account buyer;
  private Account terminator;
  private String buyerUser;
  private String terminatorUser;

  @BeforeEach
  void aPrepaidCustomerCallsThroughOneCarrier() {
    clock.set("2021-05-20T15:00:00Z");
    buyer = prepaid(Fixtures.unique("HomeBuyer"));
    terminator =
        rating.account(admin(), Fixtures.unique("HomeCarrier"), AccountKind.CARRIER, "USD");
    rating.activate(
        admin(),
        rating.card(admin(), buyer, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0300,0,60,60,2020-01-01,\n");
    rating.activate(
        admin(),
        rating.card(admin(), terminator, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0170,0,60,60,2020-01-01,\n");
    ingest(
        buyer,
        "h1 2021-05-20T09:00:00Z 60",
        "h2 2021-05-20T10:00:00Z 120",
        "h3 2021-05-03T12:00:00Z 60",
        "h4 2021-04-30T23:00:00Z 60");
    buyerUser = fixtures.portalUser(admin(), buyer, Role.CUSTOMER);
    terminatorUser = fixtures.portalUser(admin(), terminator, Role.CARRIER);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aNegativePrepaidBalanceStopsCallsAndTheHomeSaysWhyWithATopUpAction() {
    signIn(buyerUser);
    String page = dashboard();
    assertThat(page)
        .contains("Calls stopped: balance " + usd("-0.15"))
        .contains("prepaid account needs funds above zero")
        .contains("Top up");
    assertThat(home.customer(actorOf(buyerUser)).standing().allowed()).isFalse();
  }

  @Test
  void afterAPaymentCallsAreAllowedWithWhatIsAvailable() {
    PaymentChange paid =
        topUps.manual(admin(), buyer.id(), new TopUpInput("500.00", "USD", "wire"));
    assertThat(paid).isInstanceOf(PaymentChange.Done.class);
    signIn(buyerUser);
    assertThat(dashboard())
        .contains("Calls allowed: " + usd("499.85") + " available") // 500 - 0.15
        .doesNotContain("Calls stopped")
        .doesNotContain("Low balance");
  }

  @Test
  void spendTodayAndThisMonthAreTheSumsOfTheRatedCallsOfThoseDays() {
    CustomerHome h = home.customer(actorOf(buyerUser));
    assertThat(h.today().calls()).isEqualTo(2);
    assertThat(h.today().amounts()).singleElement().isEqualTo(Money.of("0.09", "USD"));
    assertThat(h.month().calls()).isEqualTo(3);
    assertThat(h.month().minutes()).isEqualTo(4); // 1 + 2 + 1
    assertThat(h.month().amounts()).singleElement().isEqualTo(Money.of("0.12", "USD"));

    signIn(buyerUser);
    assertThat(dashboard())
        .contains("Spend (UTC)")
        .contains(usd("0.09"))
        .contains("2 calls · 3 min")
        .contains(usd("0.12"))
        .contains("3 calls · 4 min")
        .doesNotContain(terminator.name())
        .doesNotContain("0.017");
  }

  @Test
  void theLastInvoiceShowsWithItsDueDateAndStatus() {
    Invoice april = settle.invoice(buyer, "2021-04");
    signIn(buyerUser);
    assertThat(dashboard())
        .contains(april.number())
        .contains("due " + april.dueDate())
        .contains(april.status().name().toLowerCase())
        .contains("Invoices");
  }

  @Test
  void theCarrierSeesWhatWeOweAndItsTrafficButNothingOfTheCustomer() {
    signIn(terminatorUser);
    String page = dashboard();
    assertThat(page)
        .contains("We owe you")
        .contains(usd("0.085")) // 0.017 + 0.034 + 0.017 + 0.017: everything carried
        .contains("Traffic carried (UTC)")
        .contains(usd("0.051")) // today: 0.017 + 0.034
        .contains("2 calls · 3 min")
        .contains("Netting proposals")
        .contains("Statement April 2021");
    assertThat(page)
        .doesNotContain(buyer.name())
        .doesNotContain("0.03 ")
        // the customer's month spend; its today's spend rounds to what we owe the carrier (0.09)
        .doesNotContain(usd("0.12"))
        .doesNotContain("Calls stopped");
  }

  @Test
  void anotherCustomersHomeHoldsNothingOfTheFirstAndPortalUsersGetNoOtherHome() {
    Account other = prepaid(Fixtures.unique("HomeOther"));
    String otherUser = fixtures.portalUser(admin(), other, Role.CUSTOMER);
    signIn(otherUser);
    assertThat(dashboard())
        .contains(usd("0"))
        .contains("0 calls")
        .doesNotContain(buyer.name())
        .doesNotContain(usd("0.12"))
        .doesNotContain(usd("-0.15"));

    Actor customer = actorOf(buyerUser);
    assertThatThrownBy(() -> home.staff(customer)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> home.carrier(customer)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> home.customer(actorOf(terminatorUser)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void staffSeeCustomersLowOnFundsLowestFirst() {
    StaffHome h = home.staff(admin());
    assertThat(h.lowBalanceCount()).isGreaterThanOrEqualTo(1);
    assertThat(h.lowBalances())
        .isSortedAccordingTo(Comparator.comparing(l -> l.available().amount()))
        .allMatch(l -> l.available().amount().compareTo(home.lowThreshold()) <= 0);
    // the buyer (-0.15 available) is listed unless ten customers are lower still
    boolean listed = h.lowBalances().stream().anyMatch(l -> l.account().equals(buyer.id()));
    assertThat(
            listed
                || h.lowBalances().size() == HomeService.LISTED
                    && h.lowBalances()
                            .getLast()
                            .available()
                            .amount()
                            .compareTo(new BigDecimal("-0.15"))
                        <= 0)
        .isTrue();
    assertThat(h.lowBalances())
        .filteredOn(l -> l.account().equals(buyer.id()))
        .allMatch(l -> l.funds().equals(Money.of("-0.15", "USD")));
  }

  @Test
  void aSuperAdminSeesEveryPartOfTheStaffHome() {
    signIn(ADMIN);
    assertThat(dashboard())
        .contains("Today (UTC)")
        .contains("Revenue", "Cost", "Margin")
        .contains("Low or negative balances")
        .contains("Netting proposals", "Credit notes to decide", "KYC reviews")
        .contains("Sign-ups to approve", "Switch sync", "Failed workflows");
  }

  @Test
  void aTenantAdminSeesCallsAndItsQueuesButNoMoney() {
    signIn(fixtures.staffUser(admin(), Role.TENANT_ADMIN));
    assertThat(dashboard())
        .contains("Calls", "Minutes", "Sign-ups to approve", "KYC reviews", "Switch sync")
        .doesNotContain("Revenue")
        .doesNotContain("Margin")
        .doesNotContain("Netting proposals")
        .doesNotContain("Failed workflows");
  }

  @Test
  void anAuditorSeesMoneySyncAndFailedWorkflowsButNoOnboardingQueues() {
    signIn(fixtures.staffUser(admin(), Role.AUDITOR));
    assertThat(dashboard())
        .contains("Margin", "Failed workflows", "Switch sync", "Netting proposals")
        .doesNotContain("KYC reviews")
        .doesNotContain("Sign-ups to approve");
  }

  @Test
  void financeSeesMoneyAndTheQueuesItDecides() {
    signIn(fixtures.staffUser(admin(), Role.FINANCE));
    assertThat(dashboard())
        .contains("Margin", "Netting proposals", "Credit notes to decide", "KYC reviews")
        .doesNotContain("Switch sync")
        .doesNotContain("Failed workflows")
        .doesNotContain("Sign-ups to approve");
  }

  @Test
  void myAccountShowsBillingModeTermsTimeZoneAndContacts() {
    signIn(buyerUser);
    UI.getCurrent().navigate(MyAccountView.class);
    assertThat(_get(MyAccountView.class).getElement().getTextRecursively())
        .contains(buyer.name())
        .contains("Prepaid")
        .contains("Monthly")
        .contains("30/15")
        .contains("UTC")
        .contains("Billing email")
        .doesNotContain(terminator.name());
  }

  private String dashboard() {
    UI.getCurrent().navigate(DashboardView.class);
    return _get(DashboardView.class).getElement().getTextRecursively();
  }

  private static String usd(String amount) {
    return AmountFormat.of(Money.of(amount, "USD"));
  }

  private Account prepaid(String name) {
    AccountChange change =
        accounts.create(
            admin(),
            new AccountDraft(
                name,
                AccountKind.CUSTOMER,
                "USD",
                BillingMode.PREPAID,
                null,
                AccountStatus.ACTIVE,
                null));
    return ((AccountChange.Saved) change).account();
  }

  /** Ingests "call_id start_time seconds" calls of {@code customer} to 44 through the carrier. */
  private void ingest(Account customer, String... calls) {
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    String tag = Fixtures.unique("c");
    for (String call : calls) {
      String[] f = call.split(" ");
      csv.append(tag + f[0])
          .append(',')
          .append(customer.name())
          .append(',')
          .append(terminator.name())
          .append(",100,442071230001,")
          .append(f[1])
          .append(',')
          .append(f[2])
          .append('\n');
    }
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("home"), "home.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
