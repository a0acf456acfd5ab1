package com.didtron.ui.ledger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.payment.Adjustments;
import com.didtron.activities.payment.Refunds;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.usage.UsageChargeSink;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.Money;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.notification.OutboxMessage;
import com.didtron.domain.page.Page;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import com.didtron.ui.apikey.ApiKeysView;
import com.didtron.ui.fx.FxRatesView;
import com.didtron.ui.notification.OutboxView;
import com.didtron.ui.payment.BalanceView;
import com.didtron.ui.payment.PaymentsView;
import com.didtron.ui.payment.TopUpPanel;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Browserless tests of the money pages: real services and database, roles enforced. */
class MoneyViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired Outbox outbox;
  @Autowired WorkflowIndex workflows;
  @Autowired List<UsageChargeSink> sinks;
  @Autowired TransactionTemplate tx;
  @Autowired CustomerBalances balances;
  @Autowired TopUps topUps;
  @Autowired Adjustments adjustments;
  @Autowired Refunds refunds;
  @Autowired AccountService accounts;

  @Test
  void aUserCreatesAnApiKeySeesItOnceAndRevokesIt() {
    Account own = fixtures.account(admin(), Fixtures.unique("KeyOwner"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    UI.getCurrent().navigate(ApiKeysView.class);
    _click(_get(Button.class, spec -> spec.withText("New API key")));
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue("export");
    _click(_get(Button.class, spec -> spec.withText("Create")));
    assertThat(_get(Pre.class).getText()).startsWith("dtk_");
    _click(_get(Button.class, spec -> spec.withText("Done")));
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
    assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.startsWith("Revoked"));
  }

  @Test
  void theOutboxPageListsMessagesAndSaysWhyTheyAreNotSent() {
    String key = Fixtures.unique("page");
    outbox.enqueue(
        new EmailDraft(
            key,
            "TEST",
            admin().tenantId(),
            "ops@example.test",
            null,
            "Subject " + key,
            "<p>x</p>",
            "x"));
    signIn(ADMIN);
    UI.getCurrent().navigate(OutboxView.class);
    assertThat(
            _find(
                Paragraph.class,
                spec ->
                    spec.withText(
                        "Emails are not sent: no Brevo API key is configured (set DIDTRON_BREVO_API_KEY or "
                            + "didtron.brevo.api-key). They wait here and go out once delivery is configured.")))
        .hasSize(1);
    Grid<OutboxMessage> grid = _get(Grid.class);
    assertThat(GridKt._findAll(grid))
        .filteredOn(m -> m.subject().equals("Subject " + key))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).isEqualTo("ops@example.test");
              assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
            });
  }

  @Test
  void aCustomerSeesItsBalanceTopUpButtonsAndPayments() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "40", null);
    topUps.manual(admin(), c.id(), new TopUpInput("10", "USD", "wire 2"));
    signIn(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    UI.getCurrent().navigate(BalanceView.class);
    assertThat(_find(Span.class, spec -> spec.withText("10.00 USD"))).hasSize(1);
    assertThat(_find(Span.class, spec -> spec.withText("50.00 USD"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withText("Top up with card (Stripe)"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withText("Top up with PayPal"))).hasSize(1);
    assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
  }

  @Test
  void withoutOnlineProvidersTheTopUpPanelOffersBankTransferAndNoButton() {
    UI.getCurrent().add(new TopUpPanel("USD", List.of(), (p, amount) -> {}));
    assertThat(_find(Button.class, spec -> spec.withText("Top up with card (Stripe)"))).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("dt-banner-warning")).getText())
        .contains("pay by bank transfer")
        .contains("Contact our finance team")
        .doesNotContain("configured");
  }

  @Test
  void aCustomerWithoutOnlinePaymentReadsWhatToDoAndNoSettingNamesWhileStaffReadWhatToConfigure() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    TopUps none = withoutOnlineProviders();
    signIn(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    BalanceView page = new BalanceView(balances, none);
    UI.getCurrent().add(page);
    assertThat(page.getElement().getTextRecursively())
        .contains("pay by bank transfer")
        .doesNotContain("DIDTRON_")
        .doesNotContain("didtron.")
        .doesNotContain("secret")
        .doesNotContain("configured");
    assertThat(_find(Button.class, spec -> spec.withText("Top up with card (Stripe)"))).isEmpty();

    UI.getCurrent().remove(page);
    signIn(ADMIN);
    PaymentsView staff = new PaymentsView(none, adjustments, refunds, accounts);
    UI.getCurrent().add(staff);
    assertThat(_find(Paragraph.class, spec -> spec.withClasses("dt-payment-setup")))
        .extracting(Paragraph::getText)
        .anySatisfy(t -> assertThat(t).contains("Stripe").contains("DIDTRON_STRIPE_SECRET_KEY"))
        .anySatisfy(t -> assertThat(t).contains("PayPal").contains("DIDTRON_PAYPAL_CLIENT_ID"));
  }

  @Test
  void aNegativeBalanceReadsWithItsMinusSignAndIsMarkedNegative() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "40", null);
    charge(c, "52.1");
    signIn(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    UI.getCurrent().navigate(BalanceView.class);
    Span balance = _get(Span.class, spec -> spec.withText("-52.10 USD"));
    assertThat(balance.getClassNames()).contains("dt-negative");
    Span available = _get(Span.class, spec -> spec.withText("-12.10 USD"));
    assertThat(available.getClassNames()).contains("dt-negative");
    Span limit = _get(Span.class, spec -> spec.withText("40.00 USD"));
    assertThat(limit.getClassNames()).doesNotContain("dt-negative");
  }

  private void charge(Account c, String amount) {
    tx.executeWithoutResult(
        s ->
            sinks.forEach(
                sink ->
                    sink.apply(
                        new UsageBatch(
                            admin().tenantId().value(),
                            UUID.randomUUID(),
                            Fixtures.unique("neg") + ".csv",
                            null,
                            List.of(
                                new UsageCharge(
                                    c.id().value(),
                                    UsageCharge.Leg.CUSTOMER,
                                    Money.of(amount, "USD"),
                                    1,
                                    60))))));
  }

  /** The payment façade of a platform on which no online provider is configured. */
  private static TopUps withoutOnlineProviders() {
    TopUps none = Mockito.mock(TopUps.class);
    Mockito.when(none.onlineProviders()).thenReturn(List.of());
    Mockito.when(none.unavailableReason(PaymentProvider.STRIPE))
        .thenReturn("no Stripe secret key is configured (DIDTRON_STRIPE_SECRET_KEY)");
    Mockito.when(none.unavailableReason(PaymentProvider.PAYPAL))
        .thenReturn(
            "no PayPal client id and secret are configured (DIDTRON_PAYPAL_CLIENT_ID,"
                + " DIDTRON_PAYPAL_CLIENT_SECRET)");
    Mockito.when(none.find(Mockito.any(), Mockito.any(), Mockito.any()))
        .thenReturn(new Page<>(List.of(), 0));
    return none;
  }

  @Test
  void financeDrillsFromABalanceToPostingsToTheEntryItsSourceAndItsWorkflow() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "40", null);
    String workflowId = Fixtures.unique("cdr-ingest");
    workflows.started(
        new WorkflowRun(
            workflowId,
            "run-1",
            "CdrIngestWorkflow",
            "test.csv",
            WorkflowRunStatus.COMPLETED,
            Instant.now(),
            Instant.now()),
        admin().tenantId());
    tx.executeWithoutResult(
        s ->
            sinks.forEach(
                sink ->
                    sink.apply(
                        new UsageBatch(
                            admin().tenantId().value(),
                            UUID.randomUUID(),
                            "drill.csv",
                            workflowId,
                            List.of(
                                new UsageCharge(
                                    c.id().value(),
                                    UsageCharge.Leg.CUSTOMER,
                                    Money.of("2.5", "USD"),
                                    5,
                                    300))))));
    signIn(ADMIN);
    UI.getCurrent().navigate(LedgerView.class);
    assertThat(GridKt._size(_get(Grid.class))).isPositive();
    UI.getCurrent()
        .navigate(
            LedgerAccountView.class,
            new RouteParameters("id", money.customerAccount(c).id().toString()));
    Grid<?> postings = _get(Grid.class);
    assertThat(GridKt._size(postings)).isEqualTo(1);
    GridKt._clickItem(postings, 0);
    assertThat(_find(JournalEntryView.class)).hasSize(1);
    assertThat(_find(RouterLink.class, spec -> spec.withText(workflowId))).hasSize(1);
    assertThat(_find(Span.class, spec -> spec.withText("drill.csv"))).hasSize(1);
  }

  @Test
  void theTrialBalancePageShowsEachCurrencyBalanced() {
    money.topUp(fixtures.account(admin(), Fixtures.unique("TbPage")), "3");
    signIn(ADMIN);
    UI.getCurrent().navigate(TrialBalanceView.class);
    assertThat(_find(Paragraph.class))
        .filteredOn(p -> p.getText().matches("[A-Z]{3}: debits.*"))
        .anySatisfy(p -> assertThat(p.getText()).startsWith("USD: debits"))
        .allSatisfy(p -> assertThat(p.getText()).endsWith("balanced"));
  }

  @Test
  void financeEntersAManualTopUpFromThePaymentsPage() {
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    signIn(ADMIN);
    UI.getCurrent().navigate(PaymentsView.class);
    _click(_get(Button.class, spec -> spec.withText("Manual top-up")));
    @SuppressWarnings("unchecked")
    var account =
        (ComboBox<Account>) _find(ComboBox.class, spec -> spec.withLabel("Account")).get(1);
    account.setValue(c);
    _get(TextField.class, spec -> spec.withLabel("Amount")).setValue("30");
    _get(TextField.class, spec -> spec.withLabel("Reason (e.g. bank transfer reference)"))
        .setValue("wire 1");
    _click(_get(Button.class, spec -> spec.withText("Save")));
    assertThat(balances.current(c.tenantId(), c.id()).funds()).isEqualTo(Money.of("30", "USD"));
  }

  @Test
  void customersCannotOpenTheLedgerPages() {
    Account own = fixtures.account(admin(), Fixtures.unique("NoLedger"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    for (Class<? extends Component> v :
        List.of(LedgerView.class, TrialBalanceView.class, FxRatesView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(v))
          .isInstanceOf(MockAccessDeniedException.class);
    }
  }

  @Test
  void customersCannotOpenTheOutbox() {
    Account own = fixtures.account(admin(), Fixtures.unique("NoOutbox"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
