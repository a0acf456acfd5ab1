package com.didtron.ui.account;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Customers and carriers of the tenant: search, filter by kind, live or deleted (to restore). */
@Route(value = "accounts", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ACCOUNTS,
    title = "Customers & carriers",
    order = 10,
    icon = VaadinIcon.BUILDING)
@PageTitle("Accounts · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class AccountsView extends Div implements HasPageHeader, BeforeEnterObserver {
  private final transient AccountService accounts;
  private final TextField search = new TextField();
  private final Select<AccountKind> kind = new Select<>();
  private final Tab live = new Tab("Live");
  private final Tab deleted = new Tab("Deleted");
  private final Tabs tabs = new Tabs(live, deleted);
  private final PagedGrid<Account> grid;

  public AccountsView(AccountService accounts) {
    this.accounts = accounts;
    this.grid =
        new PagedGrid<>(new Grid<>(), page -> accounts.find(UiActor.current(), filter(), page));
    configureFilters();
    configureGrid();
    add(tabs, toolbar(), grid);
  }

  private void configureFilters() {
    search.setPlaceholder("Name or email");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    search.setAriaLabel("Search accounts");
    search.addValueChangeListener(e -> grid.refresh());
    kind.setItems(AccountKind.values());
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption("All kinds");
    kind.setAriaLabel("Kind");
    kind.addValueChangeListener(e -> grid.refresh());
    tabs.addClassName("dt-content-tabs");
    tabs.addSelectedChangeListener(
        e -> {
          configureColumns();
          grid.refresh();
        });
  }

  private Div toolbar() {
    Div bar = new Div(search, kind);
    bar.addClassName("dt-toolbar");
    return bar;
  }

  private void configureGrid() {
    grid.grid()
        .addItemClickListener(
            e -> {
              if (!isDeletedTab() && UiActor.current().isAdmin()) {
                UI.getCurrent().navigate(AccountFormView.class, e.getItem().id().toString());
              }
            });
    configureColumns();
  }

  private void configureColumns() {
    Grid<Account> g = grid.grid();
    g.removeAllColumns();
    g.addColumn(Account::name).setHeader("Name").setFlexGrow(2);
    g.addColumn(a -> a.kind().name()).setHeader("Kind");
    g.addColumn(a -> a.currency().code()).setHeader("Currency");
    g.addColumn(a -> a.billingMode().name()).setHeader("Billing");
    g.addColumn(a -> Amounts.format(a.creditLimit(), a.currency())).setHeader("Credit limit");
    g.addColumn(a -> a.status().name()).setHeader("Status");
    if (isDeletedTab() && UiActor.current().isAdmin()) {
      g.addComponentColumn(this::restoreButton).setHeader("");
    }
  }

  private Component restoreButton(Account account) {
    Button restore =
        new Button(
            "Restore",
            VaadinIcon.ROTATE_LEFT.create(),
            e -> {
              AccountChange change = accounts.restore(UiActor.current(), account.id());
              if (change instanceof AccountChange.Rejected r) {
                Toasts.error(r.errors().get(0).message());
              } else {
                Toasts.success(account.name() + " restored");
                grid.reload();
              }
            });
    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return restore;
  }

  private boolean isDeletedTab() {
    return tabs.getSelectedTab() == deleted;
  }

  private AccountFilter filter() {
    return new AccountFilter(search.getValue(), kind.getValue(), isDeletedTab());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    grid.refresh();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Customers & carriers", "Accounts");
  }

  @Override
  public List<Component> headerActions() {
    Actor actor = UiActor.current();
    if (!actor.isAdmin()) {
      return List.of();
    }
    Button add =
        new Button(
            "New account",
            VaadinIcon.PLUS.create(),
            e -> UI.getCurrent().navigate(AccountFormView.class, AccountFormView.NEW));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(add);
  }
}
