package com.didtron.ui.base;

import com.didtron.domain.access.Actor;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.cdr.CdrsView;
import com.didtron.ui.audit.AuditLogView;
import com.didtron.ui.components.ComponentLibraryView;
import com.didtron.ui.dashboard.DashboardView;
import com.didtron.ui.portal.MyAccountView;
import com.didtron.ui.ratedeck.RateCardsView;
import com.didtron.ui.routing.RouteTesterView;
import com.didtron.ui.system.SystemView;
import com.didtron.ui.user.UsersView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The portal's modules (the icon rail) and their pages (the second sidebar). A page is listed only
 * to users whose roles its view allows: the view's own {@code @RolesAllowed} is the one source.
 */
public final class Menu {
  /** A page in a module's sidebar. */
  public record Item(String label, VaadinIcon icon, Class<? extends Component> view) {}

  /** A top-level module in the rail. */
  public record Module(String label, VaadinIcon icon, List<Item> items) {}

  public static final List<Module> MODULES = List.of(
      new Module("Home", VaadinIcon.HOME, List.of(
          new Item("Dashboard", VaadinIcon.DASHBOARD, DashboardView.class),
          new Item("My account", VaadinIcon.WALLET, MyAccountView.class),
          new Item("My trunks", VaadinIcon.CONNECT, com.didtron.ui.trunk.MyTrunksView.class),
          new Item("API keys", VaadinIcon.KEY, com.didtron.ui.apikey.ApiKeysView.class))),
      new Module("Accounts", VaadinIcon.BUILDING, List.of(
          new Item("Customers & carriers", VaadinIcon.BUILDING, AccountsView.class))),
      new Module("Rating", VaadinIcon.CALC_BOOK, List.of(
          new Item("Rate cards", VaadinIcon.BOOK_DOLLAR, RateCardsView.class),
          new Item("Route tester", VaadinIcon.ROAD_BRANCHES, RouteTesterView.class),
          new Item("CDRs", VaadinIcon.PHONE, CdrsView.class))),
      new Module("Finance", VaadinIcon.MONEY, List.of(
          new Item("Balance", VaadinIcon.WALLET, com.didtron.ui.payment.BalanceView.class),
          new Item("Payments", VaadinIcon.CREDIT_CARD, com.didtron.ui.payment.PaymentsView.class),
          new Item("Task inbox", VaadinIcon.INBOX, com.didtron.ui.settlement.FinanceInboxView.class),
          new Item("Invoices", VaadinIcon.FILE_TEXT, com.didtron.ui.invoicing.InvoicesView.class),
          new Item("Credit notes", VaadinIcon.ARROW_BACKWARD, com.didtron.ui.invoicing.CreditNotesView.class),
          new Item("Statements", VaadinIcon.BOOK_DOLLAR, com.didtron.ui.statement.StatementsView.class),
          new Item("Netting", VaadinIcon.EXCHANGE, com.didtron.ui.netting.NettingView.class),
          new Item("Disputes", VaadinIcon.FLAG, com.didtron.ui.netting.DisputesView.class),
          new Item("Supplier reconciliation", VaadinIcon.SCALE, com.didtron.ui.netting.ReconciliationView.class),
          new Item("Ledger", VaadinIcon.BOOK, com.didtron.ui.ledger.LedgerView.class),
          new Item("Trial balance", VaadinIcon.TABLE, com.didtron.ui.ledger.TrialBalanceView.class),
          new Item("FX rates", VaadinIcon.GLOBE, com.didtron.ui.fx.FxRatesView.class))),
      new Module("SIP tester", VaadinIcon.PHONE, List.of(
          new Item("Campaigns", VaadinIcon.PHONE, com.didtron.ui.siptest.SipTesterView.class),
          new Item("Carrier health", VaadinIcon.HEART, com.didtron.ui.siptest.CarrierHealthView.class),
          new Item("Alerts", VaadinIcon.BELL, com.didtron.ui.siptest.SipAlertsView.class))),
      new Module("Administration", VaadinIcon.COG, List.of(
          new Item("Users", VaadinIcon.USERS, UsersView.class),
          new Item("Audit log", VaadinIcon.CLIPBOARD_TEXT, AuditLogView.class),
          new Item("System", VaadinIcon.SERVER, SystemView.class),
          new Item("Workflows", VaadinIcon.SITEMAP, com.didtron.ui.workflow.WorkflowsView.class),
          new Item("Email outbox", VaadinIcon.ENVELOPES, com.didtron.ui.notification.OutboxView.class),
          new Item("Component library", VaadinIcon.PALETTE, ComponentLibraryView.class))));

  private Menu() {}

  /** The modules with at least one page this actor may open, each with only those pages. */
  public static List<Module> visibleTo(Actor actor) {
    return MODULES.stream()
        .map(m -> new Module(m.label(), m.icon(),
            m.items().stream().filter(i -> allows(i.view(), actor)).toList()))
        .filter(m -> !m.items().isEmpty())
        .toList();
  }

  /** The module a view belongs to, looking through detail views to their list page. */
  public static Optional<Module> moduleOf(Class<?> view, Actor actor) {
    return visibleTo(actor).stream()
        .filter(m -> m.items().stream().anyMatch(i -> i.view().equals(view)))
        .findFirst();
  }

  static boolean allows(Class<?> view, Actor actor) {
    RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      return view.isAnnotationPresent(PermitAll.class);
    }
    return Arrays.stream(roles.value()).anyMatch(r -> actor.roles().stream().anyMatch(a -> a.name().equals(r)));
  }
}
