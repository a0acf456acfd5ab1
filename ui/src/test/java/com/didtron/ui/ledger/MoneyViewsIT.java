package com.didtron.ui.ledger;

import com.didtron.ui.testing.BrowserlessViewsIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.Fixtures;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.notification.Outbox;
import com.didtron.domain.account.Account;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.user.Role;
import com.didtron.ui.apikey.ApiKeysView;
import com.didtron.ui.notification.OutboxView;
import com.didtron.domain.notification.OutboxMessage;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the money pages: real services and database, roles enforced. */
class MoneyViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired Outbox outbox;
  @Autowired com.didtron.activities.workflowindex.WorkflowIndex workflows;
  @Autowired java.util.List<com.didtron.activities.usage.UsageChargeSink> sinks;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;
  @Autowired com.didtron.activities.balance.CustomerBalances balances;
  @Autowired com.didtron.activities.payment.TopUps topUps;

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
    outbox.enqueue(new EmailDraft(key, "TEST", admin().tenantId(), "ops@example.test", null,
        "Subject " + key, "<p>x</p>", "x"));
    signIn(ADMIN);
    UI.getCurrent().navigate(OutboxView.class);
    assertThat(_find(Paragraph.class, spec -> spec.withText(
        "Emails are not sent: no Brevo API key is configured (set DIDTRON_BREVO_API_KEY or "
            + "didtron.brevo.api-key). They wait here and go out once delivery is configured."))).hasSize(1);
    Grid<OutboxMessage> grid = _get(Grid.class);
    assertThat(GridKt._findAll(grid)).filteredOn(m -> m.subject().equals("Subject " + key)).singleElement()
        .satisfies(m -> {
          assertThat(m.to()).isEqualTo("ops@example.test");
          assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
        });
  }

  @Test
  void aCustomerSeesItsBalanceTopUpButtonsAndPayments() {
    Account c = money.account(com.didtron.domain.account.AccountKind.CUSTOMER,
        com.didtron.domain.account.BillingMode.POSTPAID, "USD", "40", null);
    topUps.manual(admin(), c.id(), new com.didtron.domain.payment.TopUpInput("10", "USD", "wire 2"));
    signIn(fixtures.portalUser(admin(), c, Role.CUSTOMER));
    UI.getCurrent().navigate(com.didtron.ui.payment.BalanceView.class);
    assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("10.00 USD"))).hasSize(1);
    assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("50.00 USD"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withText("Top up with card (Stripe)"))).hasSize(1);
    assertThat(_find(Button.class, spec -> spec.withText("Top up with PayPal"))).hasSize(1);
    assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
  }

  @Test
  void withoutProviderKeysTheTopUpPanelSaysWhyAndOffersNoButton() {
    UI.getCurrent().add(new com.didtron.ui.payment.TopUpPanel("USD",
        p -> "no " + p + " key is configured", (p, amount) -> { }));
    assertThat(_find(Button.class, spec -> spec.withText("Top up with card (Stripe)"))).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("dt-banner-warning")).getText())
        .contains("Online top-ups are not available")
        .contains("no STRIPE key is configured").contains("manual top-up");
  }

  @Test
  void financeDrillsFromABalanceToPostingsToTheEntryItsSourceAndItsWorkflow() {
    Account c = money.account(com.didtron.domain.account.AccountKind.CUSTOMER,
        com.didtron.domain.account.BillingMode.POSTPAID, "USD", "40", null);
    String workflowId = Fixtures.unique("cdr-ingest");
    workflows.started(new com.didtron.domain.workflow.WorkflowRun(workflowId, "run-1", "CdrIngestWorkflow",
        "test.csv", "COMPLETED", java.time.Instant.now(), java.time.Instant.now()), admin().tenantId());
    tx.executeWithoutResult(s -> sinks.forEach(sink -> sink.apply(new com.didtron.domain.usage.UsageBatch(
        admin().tenantId().value(), java.util.UUID.randomUUID(), "drill.csv", workflowId, java.util.List.of(
            new com.didtron.domain.usage.UsageCharge(c.id().value(), com.didtron.domain.usage.UsageCharge.Leg.CUSTOMER,
                com.didtron.domain.money.Money.of("2.5", "USD"), 5, 300))))));
    signIn(ADMIN);
    UI.getCurrent().navigate(com.didtron.ui.ledger.LedgerView.class);
    assertThat(GridKt._size(_get(Grid.class))).isPositive();
    UI.getCurrent().navigate(com.didtron.ui.ledger.LedgerAccountView.class,
        new com.vaadin.flow.router.RouteParameters("id", money.customerAccount(c).id().toString()));
    Grid<?> postings = _get(Grid.class);
    assertThat(GridKt._size(postings)).isEqualTo(1);
    GridKt._clickItem(postings, 0);
    assertThat(_find(com.didtron.ui.ledger.JournalEntryView.class)).hasSize(1);
    assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText(workflowId))).hasSize(1);
    assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("drill.csv"))).hasSize(1);
  }

  @Test
  void theTrialBalancePageShowsEachCurrencyBalanced() {
    money.topUp(fixtures.account(admin(), Fixtures.unique("TbPage")), "3");
    signIn(ADMIN);
    UI.getCurrent().navigate(com.didtron.ui.ledger.TrialBalanceView.class);
    assertThat(_find(Paragraph.class)).filteredOn(p -> p.getText().matches("[A-Z]{3}: debits.*"))
        .anySatisfy(p -> assertThat(p.getText()).startsWith("USD: debits"))
        .allSatisfy(p -> assertThat(p.getText()).endsWith("balanced"));
  }

  @Test
  void financeEntersAManualTopUpFromThePaymentsPage() {
    Account c = money.account(com.didtron.domain.account.AccountKind.CUSTOMER,
        com.didtron.domain.account.BillingMode.PREPAID, "USD", "0", null);
    signIn(ADMIN);
    UI.getCurrent().navigate(com.didtron.ui.payment.PaymentsView.class);
    _click(_get(Button.class, spec -> spec.withText("Manual top-up")));
    @SuppressWarnings("unchecked")
    var account = (com.vaadin.flow.component.combobox.ComboBox<Account>) _find(
        com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Account")).get(1);
    account.setValue(c);
    _get(TextField.class, spec -> spec.withLabel("Amount")).setValue("30");
    _get(TextField.class, spec -> spec.withLabel("Reason (e.g. bank transfer reference)")).setValue("wire 1");
    _click(_get(Button.class, spec -> spec.withText("Save")));
    assertThat(balances.current(c.tenantId(), c.id()).funds())
        .isEqualTo(com.didtron.domain.money.Money.of("30", "USD"));
  }

  @Test
  void customersCannotOpenTheLedgerPages() {
    Account own = fixtures.account(admin(), Fixtures.unique("NoLedger"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    for (Class<? extends com.vaadin.flow.component.Component> v : java.util.List.of(
        com.didtron.ui.ledger.LedgerView.class, com.didtron.ui.ledger.TrialBalanceView.class,
        com.didtron.ui.fx.FxRatesView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(v)).isInstanceOf(MockAccessDeniedException.class);
    }
  }

  @Test
  void customersCannotOpenTheOutbox() {
    Account own = fixtures.account(admin(), Fixtures.unique("NoOutbox"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class)).isInstanceOf(MockAccessDeniedException.class);
  }
}
