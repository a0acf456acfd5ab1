package com.didtron.ui.user;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.user.TwoFactor;
import com.didtron.activities.user.UserChange;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.User;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Times;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Users of the tenant: staff and portal users; new users get a one-time password. */
@Route(value = "users", layout = MainLayout.class)
@MenuPage(module = MenuModule.ADMINISTRATION, title = "Users", order = 10, icon = VaadinIcon.USERS)
@PageTitle("Users · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN"})
public class UsersView extends Div implements HasPageHeader {
  private final transient UserService users;
  private final transient AccountService accounts;
  private final transient TwoFactor twoFactor;
  private final TextField search = new TextField();
  private final PagedGrid<User> grid;

  public UsersView(UserService users, AccountService accounts, TwoFactor twoFactor) {
    this.users = users;
    this.accounts = accounts;
    this.twoFactor = twoFactor;
    Grid<User> g = new Grid<>();
    g.addColumn(User::email).setHeader("Email").setFlexGrow(2);
    g.addColumn(User::displayName).setHeader("Name");
    g.addColumn(u -> u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
        .setHeader("Roles");
    g.addColumn(u -> u.lastLoginAt() == null ? "never" : Times.dateTime(u.lastLoginAt()))
        .setHeader("Last sign-in");
    g.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status");
    g.addComponentColumn(this::actions).setHeader("").setKey("actions");
    grid = new PagedGrid<>(g, page -> users.find(UiActor.current(), search.getValue(), page));
    search.setPlaceholder("Email or name");
    search.setAriaLabel("Search users");
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.refresh());
    Div bar = new Div(search);
    bar.addClassName("dt-toolbar");
    add(bar, grid);
    grid.refresh();
  }

  /** Disable/enable, reset password, delete; none of them for oneself. */
  private Component actions(User user) {
    Div actions = new Div(enableButton(user), resetButton(user), deleteButton(user));
    actions.addClassName("dt-row-actions");
    actions.setVisible(!user.id().equals(UiActor.current().userId()));
    return actions;
  }

  private Component enableButton(User user) {
    Button b =
        new Button(
            user.enabled() ? "Disable" : "Enable",
            e -> {
              if (user.enabled()) {
                users.disable(UiActor.current(), user.id());
                Toasts.success(user.email() + " disabled: signed out and API keys revoked");
              } else {
                users.enable(UiActor.current(), user.id());
                Toasts.success(user.email() + " enabled");
              }
              grid.reload();
            });
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    b.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.email());
    return b;
  }

  private Component resetButton(User user) {
    Button b =
        new Button(
            "Reset password",
            e -> {
              String password = users.resetPassword(UiActor.current(), user.id());
              Dialog d = new Dialog();
              d.setHeaderTitle("Password reset");
              d.add(
                  new Paragraph(
                      "One-time password for "
                          + user.email()
                          + ". It is shown only now; the user "
                          + "must change it at the next sign-in. Their sessions have ended."),
                  new Pre(password));
              d.getFooter().add(new Button("Done", x -> d.close()));
              d.open();
            });
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    b.setAriaLabel("Reset the password of " + user.email());
    b.setVisible(user.enabled());
    return b;
  }

  private Component deleteButton(User user) {
    Button b =
        new Button(
            VaadinIcon.TRASH.create(),
            e -> {
              users.delete(UiActor.current(), user.id());
              Toasts.success(user.email() + " deleted");
              grid.reload();
            });
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    b.setAriaLabel("Delete " + user.email());
    boolean superAdminOnly =
        user.roles().contains(Role.SUPER_ADMIN) && !UiActor.current().has(Role.SUPER_ADMIN);
    b.setVisible(!user.id().equals(UiActor.current().userId()) && !superAdminOnly);
    return b;
  }

  private void openNewUser() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("New user");
    EmailField email = new EmailField("Email");
    TextField name = new TextField("Name");
    CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    roles.setItems(
        Arrays.stream(Role.values())
            .filter(r -> r != Role.SUPER_ADMIN || UiActor.current().has(Role.SUPER_ADMIN))
            .toList());
    ComboBox<Account> account = new ComboBox<>("Account (customer and carrier users)");
    account.setItemLabelGenerator(Account::name);
    account.setItems(
        q ->
            accounts
                .find(
                    UiActor.current(),
                    new AccountFilter(q.getFilter().orElse(""), null, false),
                    new PageRequest(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT)))
                .rows()
                .stream());
    FormLayout form = new FormLayout(email, name, roles, account);
    Button create =
        new Button(
            "Create",
            e -> {
              UserChange change =
                  users.create(
                      UiActor.current(),
                      new UserDraft(
                          email.getValue(),
                          name.getValue(),
                          roles.getValue(),
                          account.getValue() == null ? null : account.getValue().id()));
              switch (change) {
                case UserChange.Created created -> {
                  dialog.close();
                  grid.refresh();
                  showPassword(created);
                }
                case UserChange.Rejected rejected ->
                    Toasts.error(
                        rejected.errors().stream()
                            .map(x -> x.message())
                            .collect(Collectors.joining("; ")));
              }
            });
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(form);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
    dialog.open();
  }

  private static void showPassword(UserChange.Created created) {
    Dialog d = new Dialog();
    d.setHeaderTitle("User created");
    d.add(
        new Paragraph(
            "One-time password for "
                + created.user().email()
                + ". It is shown only now; hand it over safely. It must be changed at the first sign-in."),
        new Pre(created.oneTimePassword()));
    d.getFooter().add(new Button("Done", e -> d.close()));
    d.open();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Users", "Administration");
  }

  @Override
  public List<Component> headerActions() {
    Button add = new Button("New user", VaadinIcon.PLUS.create(), e -> openNewUser());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return List.of(staffTwoFactorPolicy(), add);
  }

  /** The tenant setting "staff must use 2FA": staff without an app enrol at their next sign-in. */
  private Component staffTwoFactorPolicy() {
    Checkbox required =
        new Checkbox(
            "Staff must use two-factor sign-in", twoFactor.requiredForStaff(UiActor.current()));
    required.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            twoFactor.requireForStaff(UiActor.current(), e.getValue());
            Toasts.success(
                e.getValue()
                    ? "Staff now need a code from an authenticator app to sign in"
                    : "Two-factor sign-in is optional again");
          }
        });
    return required;
  }
}
