package com.didtron.ui.settlement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.netting.NettingService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.base.Menu;
import com.didtron.ui.invoicing.CreditNotesView;
import com.didtron.ui.invoicing.InvoicesView;
import com.didtron.ui.netting.DisputesView;
import com.didtron.ui.netting.NettingView;
import com.didtron.ui.netting.ReconciliationView;
import com.didtron.ui.statement.StatementsView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the finance, carrier and customer settlement pages. */
class SettlementViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired SettlementFixtures settle;
  @Autowired TestClock clock;
  @Autowired CreditNoteService notes;
  @Autowired NettingService netting;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private Invoice invoice(Account a, String period) {
    clock.set(period + "-05T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "50", 10, 600);
    clock.reset();
    return settle.invoice(a, period);
  }

  @Test
  void financeApprovesACreditNoteFromTheTaskInbox() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    Invoice inv = invoice(a, "2024-01");
    CreditNote n =
        SettlementFixtures.created(
            notes.create(admin(), inv.id(), new BigDecimal("5"), "wrong rate on day 3"));
    signIn(fixtures.staffUser(admin(), Role.FINANCE));
    UI.getCurrent().navigate(FinanceInboxView.class);
    Grid<CreditNote> pending = _find(Grid.class).get(0);
    List<CreditNote> shown = rows(pending);
    assertThat(shown).extracting(CreditNote::id).contains(n.id());
    int row = shown.stream().map(CreditNote::id).toList().indexOf(n.id());
    _click(
        (Button)
            GridKt._getCellComponent(pending, row, "actions")
                .getChildren()
                .filter(c -> c instanceof Button b && "Approve".equals(b.getText()))
                .findFirst()
                .orElseThrow());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notes.get(admin(), n.id()).status() == CreditNoteStatus.APPROVED);
    UI.getCurrent().navigate(CreditNotesView.class);
    assertThat(rows(_get(Grid.class))).extracting(x -> ((CreditNote) x).id()).contains(n.id());
  }

  @Test
  void aCustomerSeesAndDownloadsOnlyItsOwnInvoicesAndStatement() {
    Account own = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    Account other = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    Invoice mine = invoice(own, "2024-02");
    invoice(other, "2024-02");
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    UI.getCurrent().navigate(InvoicesView.class);
    assertThat(rows(_get(Grid.class)))
        .extracting(x -> ((Invoice) x).id())
        .containsExactly(mine.id());
    UI.getCurrent().navigate(StatementsView.class);
    assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).hasSize(1);
    for (Class<? extends Component> v :
        List.of(
            FinanceInboxView.class,
            ReconciliationView.class,
            NettingView.class,
            DisputesView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(v))
          .isInstanceOf(MockAccessDeniedException.class);
    }
    assertThat(
            Menu.visibleTo(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER))).stream()
                .filter(m -> m.label().equals("Finance"))
                .flatMap(m -> m.items().stream())
                .map(Menu.Item::label))
        .containsExactly("Balance", "Payments", "Invoices", "Credit notes", "Statements");
  }

  @Test
  void aCarrierSeesItsNettingStatementsAndDisputes() {
    Account both = money.account(AccountKind.BOTH, BillingMode.POSTPAID, "USD", "1000", null);
    settle.usage(both, Leg.CUSTOMER, "200", 1, 60);
    settle.usage(both, Leg.CARRIER, "300", 1, 60);
    netting.proposeAll("netting-views-" + UUID.randomUUID());
    NettingRequest r =
        netting.find(admin(), "PROPOSED", new PageRequest(0, 500)).rows().stream()
            .filter(x -> x.accountId().equals(both.id()))
            .findFirst()
            .orElseThrow();
    netting.approve(admin(), r.id(), null);
    signIn(fixtures.portalUser(admin(), both, Role.CARRIER));
    UI.getCurrent().navigate(NettingView.class);
    assertThat(rows(_get(Grid.class)))
        .extracting(x -> ((NettingRequest) x).id())
        .containsExactly(r.id());
    assertThat(GridKt._getCellComponent(_get(Grid.class), 0, "pdf"))
        .isInstanceOfSatisfying(Anchor.class, a -> assertThat(a.getText()).isEqualTo("Statement"));
    UI.getCurrent().navigate(DisputesView.class);
    assertThat(GridKt._size(_get(Grid.class))).isZero();
    UI.getCurrent().navigate(StatementsView.class);
    assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).hasSize(1);
  }
}
