package com.didtron.ui.livecalls;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.livecalls.LiveCalls;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The calls in progress on the switch for the staff of a tenant: account, trunk, numbers, carrier
 * gateway, state and duration, filterable by account; admins hang calls up.
 */
@Route(value = "live-calls", layout = MainLayout.class)
@MenuPage(module = MenuModule.ACCOUNTS, title = "Live calls", order = 40, icon = VaadinIcon.PHONE)
@PageTitle("Live calls · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN", "FINANCE", "ANALYST", "AUDITOR"})
public class LiveCallsView extends Div implements HasPageHeader {
  private final ComboBox<Account> account = new ComboBox<>("Account");

  public LiveCallsView(LiveCalls calls, AccountService accounts) {
    account.setPlaceholder("Every account");
    account.setClearButtonVisible(true);
    account.setItemLabelGenerator(Account::name);
    account.setItems(
        q ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(q.getFilter().orElse(""), AccountKind.CUSTOMER, false),
                    new PageRequest(q.getOffset(), q.getLimit()))
                .rows()
                .stream());
    LiveCallsPanel panel =
        new LiveCallsPanel(
            calls, () -> account.getValue() == null ? null : account.getValue().id(), account);
    account.addValueChangeListener(e -> panel.refresh());
    add(panel);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Live calls", "Accounts");
  }
}
