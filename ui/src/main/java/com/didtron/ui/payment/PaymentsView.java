package com.didtron.ui.payment;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.payment.Adjustments;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.Refunds;
import com.didtron.activities.payment.TopUps;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.user.Role;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Payments: customers see their own; finance staff see the tenant's, enter manual top-ups and
 * adjustments (each with a reason) and refund completed payments.
 */
@Route(value = "payments", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.FINANCE,
    title = "Payments",
    order = 20,
    icon = VaadinIcon.CREDIT_CARD)
@PageTitle("Payments · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "FINANCE", "AUDITOR", "CUSTOMER"})
public class PaymentsView extends Div implements HasPageHeader {
  private final transient TopUps topUps;
  private final transient Adjustments adjustments;
  private final transient Refunds refunds;
  private final transient AccountService accounts;
  private final ComboBox<Account> accountFilter = accountBox("Account");
  private final PagedGrid<Payment> grid;

  public PaymentsView(
      TopUps topUps, Adjustments adjustments, Refunds refunds, AccountService accounts) {
    this.topUps = topUps;
    this.adjustments = adjustments;
    this.refunds = refunds;
    this.accounts = accounts;
    Grid<Payment> g = new Grid<>();
    PaymentsGrid.columns(g);
    if (isFinance()) {
      g.addComponentColumn(this::refundButton).setHeader("").setKey("refund");
    }
    grid =
        new PagedGrid<>(
            g,
            page ->
                topUps.find(
                    UiActor.current(),
                    accountFilter.getValue() == null ? null : accountFilter.getValue().id(),
                    page));
    if (UiActor.current().isStaff()) {
      accountFilter.setClearButtonVisible(true);
      accountFilter.addValueChangeListener(e -> grid.refresh());
      Div bar = new Div(accountFilter);
      bar.addClassName("dt-toolbar");
      add(bar);
      setupHints(topUps).forEach(this::add);
    }
    add(grid);
    grid.refresh();
  }

  /**
   * For staff only: which online provider is off and what to configure (setting names), and what
   * customers are told meanwhile.
   */
  static List<Paragraph> setupHints(TopUps topUps) {
    List<Paragraph> hints = new ArrayList<>();
    for (PaymentProvider p : List.of(PaymentProvider.STRIPE, PaymentProvider.PAYPAL)) {
      String why = topUps.unavailableReason(p);
      if (why != null) {
        Paragraph hint =
            new Paragraph(
                "Online top-ups with "
                    + (p == PaymentProvider.STRIPE ? "Stripe" : "PayPal")
                    + " are off: "
                    + why
                    + ". Customers are asked to pay by bank transfer meanwhile; enter such payments"
                    + " with \"Manual top-up\".");
        hint.addClassName("dt-banner-warning");
        hint.addClassName("dt-payment-setup");
        hints.add(hint);
      }
    }
    return hints;
  }

  private static boolean isFinance() {
    return UiActor.current().has(Role.SUPER_ADMIN) || UiActor.current().has(Role.FINANCE);
  }

  private ComboBox<Account> accountBox(String label) {
    ComboBox<Account> box = new ComboBox<>(label);
    box.setItemLabelGenerator(a -> a.name() + " (" + a.currency() + ")");
    box.setItems(
        q ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(q.getFilter().orElse(""), AccountKind.CUSTOMER, false),
                    new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT)))
                .rows()
                .stream());
    return box;
  }

  private Component refundButton(Payment p) {
    Button b = new Button("Refund", VaadinIcon.ARROW_BACKWARD.create(), e -> openRefund(p));
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    b.setVisible(p.status() == PaymentStatus.COMPLETED);
    return b;
  }

  private void openRefund(Payment p) {
    TextField reason = new TextField("Reason");
    dialog(
        "Refund " + Amounts.format(p.amount()),
        new FormLayout(reason),
        () -> refunds.refund(UiActor.current(), p.id(), reason.getValue()));
  }

  private void openTopUp() {
    ComboBox<Account> account = accountBox("Account");
    TextField amount = new TextField("Amount");
    TextField currency = new TextField("Currency");
    account.addValueChangeListener(
        e -> currency.setValue(e.getValue() == null ? "" : e.getValue().currency().code()));
    TextField reason = new TextField("Reason (e.g. bank transfer reference)");
    dialog(
        "Manual top-up",
        new FormLayout(account, amount, currency, reason),
        () ->
            account.getValue() == null
                ? PaymentChange.rejected("account", "Choose an account")
                : topUps.manual(
                    UiActor.current(),
                    account.getValue().id(),
                    new TopUpInput(amount.getValue(), currency.getValue(), reason.getValue())));
  }

  private void openAdjustment() {
    ComboBox<Account> account = accountBox("Account");
    Select<Adjustments.Direction> direction = new Select<>();
    direction.setLabel("Direction");
    direction.setItems(Adjustments.Direction.values());
    direction.setItemLabelGenerator(
        d -> d == Adjustments.Direction.CREDIT ? "Credit (goodwill, promotion)" : "Charge");
    TextField amount = new TextField("Amount");
    TextField reason = new TextField("Reason");
    dialog(
        "Adjustment",
        new FormLayout(account, direction, amount, reason),
        () -> {
          if (account.getValue() == null) {
            return PaymentChange.rejected("account", "Choose an account");
          }
          var result =
              adjustments.adjust(
                  UiActor.current(),
                  account.getValue().id(),
                  direction.getValue(),
                  new TopUpInput(
                      amount.getValue(), account.getValue().currency().code(), reason.getValue()));
          return result.ok() ? null : new PaymentChange.Rejected(result.errors());
        });
  }

  /** A dialog whose Save runs {@code action}: null or Done closes it, Rejected shows why. */
  private void dialog(String title, FormLayout form, Supplier<PaymentChange> action) {
    Dialog d = new Dialog();
    d.setHeaderTitle(title);
    Button save =
        new Button(
            "Save",
            e -> {
              PaymentChange result = action.get();
              if (result instanceof PaymentChange.Rejected r) {
                Toasts.error(r.message());
                return;
              }
              d.close();
              Toasts.success(title + " saved");
              grid.refresh();
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    d.add(form);
    d.getFooter().add(new Button("Cancel", e -> d.close()), save);
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Payments", "Finance");
  }

  @Override
  public List<Component> headerActions() {
    List<Component> actions = new ArrayList<>();
    if (isFinance()) {
      Button topUp = new Button("Manual top-up", VaadinIcon.PLUS.create(), e -> openTopUp());
      topUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(topUp);
      actions.add(new Button("Adjustment", VaadinIcon.SCALE.create(), e -> openAdjustment()));
    }
    return actions;
  }
}
