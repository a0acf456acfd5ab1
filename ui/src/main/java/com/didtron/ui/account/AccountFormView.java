package com.didtron.ui.account;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.activities.kyc.KycReview;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.ui.audit.AuditTrailGrid;
import com.didtron.ui.base.ActionDock;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.trunk.AccountTrunksView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;

/** Create or edit one account: details and its audit history in tabs, actions in the dock. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Account · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN"})
public class AccountFormView extends Div implements HasPageHeader, HasUrlParameter<String> {
  static final String NEW = "new";

  private final transient AccountService accounts;
  private final transient AuditLog auditLog;
  private final transient KycService kyc;
  private final transient KycReview kycReview;
  private final transient StoredFiles files;
  private final AccountForm form = new AccountForm();
  private final Button save = new Button("Save", e -> save());
  private final Button cancel = new Button("Cancel", e -> back());
  private final Button delete = new Button("Delete", e -> delete());
  private final ActionDock dock = new ActionDock(delete, cancel, save);
  private final TabSheet tabs = new TabSheet();
  private Account account;

  public AccountFormView(
      AccountService accounts,
      AuditLog auditLog,
      KycService kyc,
      KycReview kycReview,
      StoredFiles files) {
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.kyc = kyc;
    this.kycReview = kycReview;
    this.files = files;
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    tabs.addClassName("dt-content-tabs");
    add(tabs, dock);
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    tabs.add("Details", form);
    if (NEW.equals(parameter)) {
      account = null;
      form.fill(
          new AccountDraft(
              "",
              AccountKind.CUSTOMER,
              "USD",
              BillingMode.PREPAID,
              BigDecimal.ZERO,
              AccountStatus.ACTIVE,
              null));
      delete.setVisible(false);
      form.currency.setReadOnly(false);
      return;
    }
    account = accounts.get(UiActor.current(), AccountId.of(parameter));
    form.fill(account.toDraft());
    form.currency.setReadOnly(true);
    delete.setVisible(!account.isDeleted());
    tabs.add(
        "Trunks & limits",
        new RouterLink(
            "Trunks, limits and suspension", AccountTrunksView.class, account.id().toString()));
    tabs.add("KYC", new AccountKycPanel(kyc, kycReview, files, UiActor.current(), account.id()));
    tabs.add(
        "History",
        new AuditTrailGrid(
            auditLog, new AuditQuery(null, "account", account.id().toString(), null, null)));
  }

  private void save() {
    AccountDraft draft = form.draft();
    AccountChange change =
        account == null
            ? accounts.create(UiActor.current(), draft)
            : accounts.update(UiActor.current(), account.id(), account.version(), draft);
    switch (change) {
      case AccountChange.Saved saved -> {
        Toasts.success(saved.account().name() + " saved");
        back();
      }
      case AccountChange.Rejected rejected -> {
        List<FieldError> other = form.showErrors(rejected.errors());
        dock.setStatus(
            other.isEmpty() ? "Please correct the marked fields" : other.get(0).message());
      }
    }
  }

  private void delete() {
    accounts.delete(UiActor.current(), account.id());
    Toasts.success(account.name() + " deleted; it can be restored from the Deleted tab");
    back();
  }

  private static void back() {
    UI.getCurrent().navigate(AccountsView.class);
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of(
        account == null ? "New account" : account.name(), "Accounts", "Customers & carriers");
  }

  @Override
  public Class<? extends Component> navParent() {
    return AccountsView.class;
  }
}
