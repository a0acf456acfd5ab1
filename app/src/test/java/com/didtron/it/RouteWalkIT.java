package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.audit.AuditLogView;
import com.didtron.ui.base.BadAddressView;
import com.didtron.ui.base.ForbiddenView;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.Menu;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.NotAvailableView;
import com.didtron.ui.base.NotFoundView;
import com.didtron.ui.kyc.KycReviewView;
import com.didtron.ui.ledger.LedgerView;
import com.didtron.ui.system.SystemView;
import com.didtron.ui.user.UsersView;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered route walked as every role, with the portal's own error pages in place (not
 * Karibu's throwing stand-ins): each address either opens its page (a page in that role's menu, or
 * a detail page reached from one) or answers with the friendly refusal / not-found page inside the
 * shell; never an exception, the internal-error page or the router's raw text, and a page in the
 * menu never refuses. Addresses with a record id are tried with the role's own record and with
 * another account's (another tenant's for staff), which must show nothing of that account.
 */
class RouteWalkIT extends BrowserlessViewsIT {
  private static final Set<Class<?>> REFUSALS =
      Set.of(ForbiddenView.class, NotFoundView.class, NotAvailableView.class, BadAddressView.class);
  private static final List<Role> ROLES =
      List.of(
          Role.SUPER_ADMIN,
          Role.TENANT_ADMIN,
          Role.FINANCE,
          Role.ANALYST,
          Role.AUDITOR,
          Role.CUSTOMER,
          Role.CARRIER);

  private static final String GRID_FAILED = "a grid failed to load";

  /** The routes with the portal's friendly pages for refused and unknown routes. */
  private static final Routes REAL_ERROR_PAGES = realErrorPages();

  private static World world;

  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired LedgerBrowser ledger;
  @Autowired TopUps topUps;

  /** Records for the walk: one customer and carrier of ours, a neighbour, another tenant. */
  record World(
      Account customer,
      RateCard customerCard,
      Account carrier,
      Account neighbour,
      Account foreign,
      RateCard foreignCard,
      String ledgerAccount,
      String journalEntry,
      Map<Role, String> users) {}

  @Override
  protected Routes routes() {
    return REAL_ERROR_PAGES;
  }

  private static Routes realErrorPages() {
    Routes routes = new Routes().autoDiscoverViews("com.didtron.ui");
    routes
        .getErrorRoutes()
        .removeAll(List.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class));
    return routes;
  }

  @BeforeEach
  void world() {
    if (world != null) {
      return;
    }
    Actor admin = admin();
    Account customer =
        rating.account(admin, Fixtures.unique("WalkCustomer"), AccountKind.CUSTOMER, "USD");
    RateCard card = rating.card(admin, customer, DeckSide.SELL);
    rating.activate(
        admin,
        card,
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "4930,WalkLand,0.0123,0,60,60,2020-01-01T00:00:00Z,\n");
    Account carrier =
        rating.account(admin, Fixtures.unique("WalkCarrier"), AccountKind.CARRIER, "USD");
    Account neighbour = fixtures.account(admin, Fixtures.unique("Neighbour"));
    TenantId otherBrand = fixtures.tenant(Fixtures.unique("walk").toLowerCase());
    Actor otherAdmin = admin.inTenant(otherBrand);
    Account foreign =
        rating.account(otherAdmin, Fixtures.unique("Foreign"), AccountKind.CUSTOMER, "USD");
    RateCard foreignCard = rating.card(otherAdmin, foreign, DeckSide.SELL);
    // a payment, so the ledger has an account with an entry to open
    assertThat(
            topUps.manual(
                admin, customer.id(), new TopUpInput("12.34", "USD", "route walk top-up")))
        .isInstanceOf(PaymentChange.Done.class);
    LedgerBrowser.BalanceRow ledgerRow =
        ledger.balances(admin).stream().filter(b -> b.postings() > 0).findFirst().orElseThrow();
    String entry =
        ledger
            .postings(admin, ledgerRow.account().id(), PageRequest.first(1))
            .rows()
            .getFirst()
            .entryId()
            .toString();
    Map<Role, String> users = new LinkedHashMap<>();
    users.put(Role.SUPER_ADMIN, ADMIN);
    for (Role staff : List.of(Role.TENANT_ADMIN, Role.FINANCE, Role.ANALYST, Role.AUDITOR)) {
      users.put(staff, fixtures.staffUser(admin, staff));
    }
    users.put(Role.CUSTOMER, fixtures.portalUser(admin, customer, Role.CUSTOMER));
    users.put(Role.CARRIER, fixtures.portalUser(admin, carrier, Role.CARRIER));
    world =
        new World(
            customer,
            card,
            carrier,
            neighbour,
            foreign,
            foreignCard,
            ledgerRow.account().id().toString(),
            entry,
            users);
  }

  @Test
  void everyRouteAsEveryRoleOpensItsPageOrTheFriendlyRefusal() {
    List<String> problems = new ArrayList<>();
    int opened = 0;
    int refused = 0;
    for (Role role : ROLES) {
      signInAfresh(world.users().get(role));
      Actor actor = actorOf(world.users().get(role));
      Set<Class<?>> menu =
          Menu.visibleTo(actor).stream()
              .flatMap(m -> m.items().stream())
              .map(Menu.Item::view)
              .collect(Collectors.toSet());
      if (menu.isEmpty()) {
        problems.add(role + " has an empty menu");
      }
      for (Address address : addresses(role)) {
        String where = role + " /" + address.path();
        Outcome outcome = open(address.path());
        if (outcome.problem() != null) {
          problems.add(where + ": " + outcome.problem());
          continue;
        }
        if (REFUSALS.contains(outcome.view())) {
          refused++;
          if (menu.contains(address.view()) && address.plain()) {
            problems.add(where + " is in the menu but answers " + outcome.view().getSimpleName());
          }
        } else if (outcome.view() == address.view()) {
          opened++;
          if (address.view().isAnnotationPresent(MenuPage.class)
              && !menu.contains(address.view())) {
            problems.add(where + " opens, but the menu does not list it");
          }
        } else {
          problems.add(where + " showed " + outcome.view().getSimpleName());
        }
        for (String secret : secretsFor(role)) {
          if (outcome.text().contains(secret)) {
            problems.add(where + " shows another account's '" + secret + "'");
          }
        }
      }
      for (Class<?> listed : menu) {
        if (addresses(role).stream().noneMatch(a -> a.view() == listed)) {
          problems.add(role + "'s menu lists " + listed.getSimpleName() + ", which is no route");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(opened).as("pages opened").isGreaterThan(100);
    assertThat(refused).as("pages refused").isGreaterThan(100);
  }

  @Test
  void aCustomerWhoEditsTheAddressToAnotherAccountsRecordGetsTheRefusalAndNothingOfIt() {
    signInAfresh(world.users().get(Role.CUSTOMER));
    String victim = world.neighbour().id().toString();
    List<String> edited =
        List.of(
            "daily-charges?account=" + victim,
            "account/" + victim,
            "account-trunks/" + victim,
            "fraud-events?account=" + victim,
            "rates/card/" + world.foreignCard().id(),
            "rates/import?card=" + world.customerCard().id(),
            "buy-numbers?order=" + UUID.randomUUID(),
            "sip-tester/campaign/" + UUID.randomUUID(),
            "ledger/accounts/" + world.ledgerAccount(),
            "ledger/entries/" + world.journalEntry(),
            "workflows/invoice-" + victim + "-2026-11/" + UUID.randomUUID(),
            "daily-charges?account=not-a-uuid");
    for (String path : edited) {
      Outcome outcome = open(path);
      assertThat(outcome.problem()).as(path).isNull();
      assertThat(REFUSALS).as(path + " answers a refusal").contains(outcome.view());
      assertThat(outcome.text())
          .as(path)
          .doesNotContain(world.neighbour().name(), world.foreign().name())
          .contains("Go to the dashboard", "Go back");
    }
    Outcome own = open("daily-charges?account=" + world.customer().id());
    assertThat(own.view().getSimpleName()).isEqualTo("DailyChargesView");
  }

  @Test
  void refusedAndUnknownPagesSpeakPlainlyInsideTheShell() {
    signInAfresh(world.users().get(Role.CUSTOMER));
    Outcome forbidden = open("kyc-review");
    assertThat(forbidden.view()).isEqualTo(ForbiddenView.class);
    assertThat(forbidden.text())
        .contains("Not open to you", "Go to the dashboard", "Go back")
        .doesNotContain("Could not navigate", "kyc-review");
    assertThat(_find(MainLayout.class)).as("inside the shell").hasSize(1);

    Outcome unknown = open("no-such-page");
    assertThat(unknown.view()).isEqualTo(NotFoundView.class);
    assertThat(unknown.text())
        .contains("Page not found", "There is no page at this address")
        .doesNotContain("Could not navigate", "Available routes");

    // a record that is not yours reads exactly like one that does not exist
    Outcome neighbours = open("daily-charges?account=" + world.neighbour().id());
    Outcome missing = open("daily-charges?account=" + UUID.randomUUID());
    assertThat(neighbours.view()).isEqualTo(NotAvailableView.class);
    assertThat(errorText(neighbours)).isEqualTo(errorText(missing));
  }

  @Test
  void portalUsersSeeNoTenantSwitcherNorSearchAndSingleTenantStaffSeeTheTenantAsText() {
    for (Role portal : List.of(Role.CUSTOMER, Role.CARRIER)) {
      signInAfresh(world.users().get(portal));
      open("dashboard");
      assertThat(_find(Select.class)).as(portal + ": no tenant switcher").isEmpty();
      assertThat(_find(TextField.class, s -> s.withClasses("dt-search")))
          .as(portal + ": no global search")
          .isEmpty();
      assertThat(_find(Component.class, s -> s.withClasses("dt-tenant")))
          .as(portal + ": no tenant at all")
          .isEmpty();
      assertThat(
              Menu.visibleTo(actorOf(world.users().get(portal))).stream()
                  .flatMap(m -> m.items().stream())
                  .map(Menu.Item::view))
          .as(portal + ": no staff page in the menu")
          .doesNotContain(
              AccountsView.class,
              UsersView.class,
              AuditLogView.class,
              SystemView.class,
              LedgerView.class,
              KycReviewView.class);
    }
    signInAfresh(world.users().get(Role.FINANCE));
    open("dashboard");
    assertThat(_find(Select.class, s -> s.withClasses("dt-tenant"))).isEmpty();
    assertThat(_find(Span.class, s -> s.withClasses("dt-tenant")))
        .as("one tenant: its name as text")
        .hasSize(1);
    assertThat(_find(TextField.class, s -> s.withClasses("dt-search"))).hasSize(1);
    signInAfresh(ADMIN);
    open("dashboard");
    assertThat(_find(Select.class, s -> s.withClasses("dt-tenant")))
        .as("a super admin with several tenants picks one")
        .hasSize(1);
  }

  /** One address to try and the view its route belongs to; plain: no record id in it. */
  record Address(String path, Class<?> view, boolean plain) {}

  /** What opening an address showed: the first view of the chain, its text, or what went wrong. */
  record Outcome(Class<?> view, String text, String problem) {}

  /** Signs in as {@code email} in a new UI, as a browser would after signing in. */
  private void signInAfresh(String email) {
    tearDownVaadin();
    setUpVaadin();
    signIn(email);
  }

  private static Outcome open(String address) {
    int query = address.indexOf('?');
    String path = query < 0 ? address : address.substring(0, query);
    QueryParameters parameters =
        query < 0
            ? QueryParameters.empty()
            : QueryParameters.fromString(address.substring(query + 1));
    try {
      // as a typed address arrives: UI.navigate would hand an unknown path to the client router
      UI ui = UI.getCurrent();
      ui.getInternals()
          .getRouter()
          .navigate(ui, new Location(path, parameters), NavigationTrigger.PAGE_LOAD);
    } catch (RuntimeException e) {
      return new Outcome(null, "", "threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    if (chain.isEmpty()) {
      return new Outcome(null, "", "showed nothing");
    }
    String text = visibleText(chain.getLast());
    Class<?> view = chain.getFirst().getClass();
    if (text.contains("Could not navigate")
        || text.contains(GRID_FAILED)
        || view.getName().startsWith("com.vaadin")) {
      return new Outcome(view, text, "showed " + view.getSimpleName() + ": " + shorten(text));
    }
    return new Outcome(view, text, null);
  }

  private static String errorText(Outcome outcome) {
    return _find(Component.class, s -> s.withId("error-page")).getFirst().getElement().getText()
        + outcome.view().getSimpleName();
  }

  /** Every route's addresses for this role: with its own record and with another account's. */
  private List<Address> addresses(Role role) {
    boolean portal = role == Role.CUSTOMER || role == Role.CARRIER;
    String own = (role == Role.CARRIER ? world.carrier() : world.customer()).id().toString();
    String other = (portal ? world.neighbour() : world.foreign()).id().toString();
    List<Address> all = new ArrayList<>();
    for (Class<? extends Component> view : REAL_ERROR_PAGES.getRoutes()) {
      Route route = view.getAnnotation(Route.class);
      if (route == null) {
        continue;
      }
      String path = route.value();
      if (path.contains(":id")) {
        String id =
            path.startsWith("ledger/entries") ? world.journalEntry() : world.ledgerAccount();
        all.add(new Address(path.replace(":id", id), view, false));
        all.add(new Address(path.replace(":id", UUID.randomUUID().toString()), view, false));
      } else if (path.contains(":workflowId")) {
        all.add(
            new Address("workflows/invoice-" + own + "-2026-11/" + UUID.randomUUID(), view, false));
      } else if (HasUrlParameter.class.isAssignableFrom(view)) {
        boolean card = path.startsWith("rates");
        all.add(
            new Address(
                path + "/" + (card ? world.customerCard().id().toString() : own), view, false));
        all.add(
            new Address(
                path + "/" + (card ? world.foreignCard().id().toString() : other), view, false));
      } else {
        all.add(new Address(path, view, true));
        if (BeforeEnterObserver.class.isAssignableFrom(view)) {
          for (String query : List.of("account", "card", "order")) {
            all.add(new Address(path + "?" + query + "=" + other, view, false));
          }
        }
      }
    }
    all.add(new Address("no-such-page", NotFoundView.class, false));
    return all;
  }

  private static List<String> secretsFor(Role role) {
    boolean portal = role == Role.CUSTOMER || role == Role.CARRIER;
    return portal
        ? List.of(world.neighbour().name(), world.foreign().name())
        : List.of(world.foreign().name());
  }

  /** The page's text and every row of its grids. */
  private static String visibleText(HasElement shell) {
    StringBuilder text = new StringBuilder(shell.getElement().getTextRecursively());
    for (Grid<?> grid : _find(Grid.class)) {
      try {
        rows(grid).forEach(row -> text.append('\n').append(row));
      } catch (RuntimeException e) {
        text.append('\n').append(GRID_FAILED).append(": ").append(e.getClass().getSimpleName());
      }
    }
    return text.toString();
  }

  private static String shorten(String s) {
    return s.length() < 300 ? s : s.substring(0, 300) + "…";
  }
}
