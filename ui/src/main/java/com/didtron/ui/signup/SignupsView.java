package com.didtron.ui.signup;

import com.didtron.activities.signup.SignupOutcome;
import com.didtron.activities.signup.SignupQueue;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The approval queue: the tenant's sign-ups (waiting for approval first), with the rule that sent
 * each here; an admin approves the selected one or rejects it with a reason the customer is
 * emailed.
 */
@Route(value = "signups", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ACCOUNTS,
    title = "Sign-ups",
    order = 20,
    icon = VaadinIcon.USER_CHECK)
@PageTitle("Sign-ups · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN"})
public class SignupsView extends Div implements HasPageHeader {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final transient SignupQueue queue;
  final ComboBox<SignupState> state = new ComboBox<>("State");
  final Grid<Signup> grid = new Grid<>();
  final TextField reason = new TextField("Reason (for a rejection)");
  final Button approve = new Button("Approve");
  final Button reject = new Button("Reject");

  public SignupsView(SignupQueue queue) {
    this.queue = queue;
    configureGrid();
    configureActions();
    Div toolbar = new Div(state, reason, approve, reject);
    toolbar.addClassName("dt-toolbar");
    add(toolbar, grid);
    state.setItems(SignupState.values());
    state.setValue(SignupState.PENDING_APPROVAL);
  }

  private void configureGrid() {
    grid.addColumn(s -> TIME.format(s.createdAt())).setHeader("Signed up (UTC)").setAutoWidth(true);
    grid.addColumn(Signup::name).setHeader("Name").setFlexGrow(2);
    grid.addColumn(Signup::email).setHeader("Email").setFlexGrow(2);
    grid.addColumn(Signup::country).setHeader("Country");
    grid.addColumn(s -> s.state().name()).setHeader("State");
    grid.addColumn(Signup::decisionRule).setHeader("Rule").setFlexGrow(3);
    grid.addColumn(Signup::reason).setHeader("Reason").setFlexGrow(2);
  }

  private void configureActions() {
    state.setClearButtonVisible(true);
    state.addValueChangeListener(e -> refresh());
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    approve.addClickListener(e -> decide(true));
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reject.addClickListener(e -> decide(false));
  }

  void refresh() {
    grid.setItems(queue.list(UiActor.current(), state.getValue(), 200));
  }

  private void decide(boolean approving) {
    Signup selected = grid.asSingleSelect().getValue();
    if (selected == null) {
      Toasts.error("Select a sign-up first");
      return;
    }
    SignupOutcome.Decision decision =
        approving
            ? queue.approve(UiActor.current(), selected.id())
            : queue.reject(UiActor.current(), selected.id(), reason.getValue());
    switch (decision) {
      case SignupOutcome.Decided d -> {
        Toasts.success(d.signup().name() + ": " + d.signup().state().name().toLowerCase());
        reason.clear();
        refresh();
      }
      case SignupOutcome.Refused r -> Toasts.error(r.message());
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Sign-ups", "Accounts");
  }
}
