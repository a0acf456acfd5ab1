package com.didtron.ui.trunk;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.fraud.FraudEvents;
import com.didtron.activities.fraud.FraudFilter;
import com.didtron.activities.trunk.LimitsChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.trunk.Trunk;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.fraud.FraudEventsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/** An account's trunks, its limits and its suspension, for the admins of its tenant. */
@Route(value = "account-trunks", layout = MainLayout.class)
@PageTitle("Trunks and limits · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN"})
public class AccountTrunksView extends Div implements HasPageHeader, HasUrlParameter<String> {
  private final transient Trunks trunks;
  private final transient AccountService accounts;
  private final transient FraudEvents fraud;
  private final TrunkGrid grid = new TrunkGrid();
  private final LimitsForm limits = new LimitsForm();
  private final Span limitsStatus = new Span();
  private final Span accountStatus = new Span();
  private final Span callBlock = new Span();
  private final RouterLink fraudLink = new RouterLink();
  private final TextField reason = new TextField("Reason");
  private Account account;

  public AccountTrunksView(Trunks trunks, AccountService accounts, FraudEvents fraud) {
    this.trunks = trunks;
    this.accounts = accounts;
    this.fraud = fraud;
    grid.addItemClickListener(
        e -> new TrunkDialog(trunks, account, e.getItem(), this::reload).open());
    grid.addComponentColumn(this::deleteButton).setHeader("");
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    try {
      account = accounts.get(UiActor.current(), AccountId.of(parameter));
    } catch (IllegalArgumentException | NoSuchElementException e) {
      throw new AccessDenied("No such account");
    }
    TabSheet tabs = new TabSheet();
    tabs.addClassName("dt-content-tabs");
    tabs.add("Trunks", trunksTab());
    tabs.add("Limits", limitsTab());
    tabs.add("Status", statusTab());
    removeAll();
    add(tabs);
    reload();
  }

  private Component trunksTab() {
    Button add =
        new Button("Add trunk", e -> new TrunkDialog(trunks, account, null, this::reload).open());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setEnabled(!account.isDeleted());
    return new VerticalLayout(add, grid);
  }

  private Component limitsTab() {
    limits.fill(trunks.limits(UiActor.current(), account.id()));
    Button save = new Button("Save limits", e -> saveLimits());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    fraudLink.setRoute(FraudEventsView.class);
    fraudLink.setQueryParameters(QueryParameters.of("account", account.id().toString()));
    return new VerticalLayout(limits, limitsStatus, save, callBlock, fraudLink);
  }

  private Component statusTab() {
    reason.setHelperText("Kept in the audit log with the change");
    reason.setMaxLength(500);
    Button suspend = new Button("Suspend", e -> changeStatus(true));
    suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Button resume = new Button("Resume", e -> changeStatus(false));
    Button unblock = new Button("Lift call block", e -> unblock());
    return new VerticalLayout(accountStatus, reason, new Div(suspend, resume, unblock));
  }

  private void saveLimits() {
    switch (trunks.setLimits(UiActor.current(), account.id(), limits.draft())) {
      case LimitsChange.Saved s -> {
        limits.showErrors(List.of());
        limitsStatus.setText("");
        limits.fill(s.limits());
        Toasts.success("Limits of " + account.name() + " saved");
      }
      case LimitsChange.Rejected r -> {
        var other = limits.showErrors(r.errors());
        limitsStatus.setText(
            other.isEmpty() ? "Please correct the marked fields" : other.get(0).message());
      }
    }
  }

  private void changeStatus(boolean suspend) {
    AccountChange change =
        suspend
            ? trunks.suspend(UiActor.current(), account.id(), reason.getValue())
            : trunks.resume(UiActor.current(), account.id(), reason.getValue());
    switch (change) {
      case AccountChange.Saved s -> {
        account = s.account();
        reason.setInvalid(false);
        reason.clear();
        Toasts.success(
            account.name() + " is now " + account.status().name().toLowerCase(Locale.ROOT));
        reload();
      }
      case AccountChange.Rejected r -> {
        reason.setErrorMessage(r.errors().get(0).message());
        reason.setInvalid(true);
      }
    }
  }

  private void unblock() {
    try {
      boolean lifted = trunks.unblockCalls(UiActor.current(), account.id(), reason.getValue());
      reason.setInvalid(false);
      reason.clear();
      Toasts.success(lifted ? "Call block of " + account.name() + " lifted" : "Not blocked");
      reload();
    } catch (IllegalArgumentException e) {
      reason.setErrorMessage(e.getMessage());
      reason.setInvalid(true);
    }
  }

  private Button deleteButton(Trunk t) {
    Button b =
        new Button(
            "Delete",
            e -> {
              trunks.delete(UiActor.current(), account.id(), t.id());
              Toasts.success(t.name() + " deleted");
              reload();
            });
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    b.setAriaLabel("Delete " + t.name());
    return b;
  }

  private void reload() {
    grid.setItems(trunks.list(UiActor.current(), account.id(), false));
    accountStatus.setText(
        "Status: "
            + account.status().name()
            + (account.status() == AccountStatus.SUSPENDED ? " — the switch refuses new calls" : "")
            + trunks
                .callBlock(UiActor.current(), account.id())
                .map(b -> " · new calls blocked: " + b.reason())
                .orElse(""));
    callBlock.setText(
        trunks
            .callBlock(UiActor.current(), account.id())
            .map(b -> "New calls blocked since " + b.blockedAt() + ": " + b.reason())
            .orElse("New calls are not blocked"));
    long open =
        fraud.find(UiActor.current(), new FraudFilter(account.id(), null, null, true, 500)).size();
    fraudLink.setText(
        open == 0 ? "No open fraud events · all fraud events" : open + " open fraud events");
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        account == null ? "Trunks and limits" : account.name() + " · trunks and limits",
        "Accounts",
        "Customers & carriers");
  }

  @Override
  public Class<? extends Component> navParent() {
    return AccountsView.class;
  }
}
