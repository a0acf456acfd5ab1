package com.didtron.ui.did;

import com.didtron.activities.did.AccountDids;
import com.didtron.activities.did.DidChangeRefused;
import com.didtron.activities.did.DidLifecycle;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.product.Product;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.ForProduct;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's numbers in service (issue 12 point 10): where each one's calls go, its monthly price
 * and whether it is suspended; the customer changes the call handling in a dialog and gives a
 * number back after confirming, through the same façade as the API ({@link DidLifecycle}).
 */
@ForProduct(Product.DIDS)
@Route(value = "my-numbers", layout = MainLayout.class)
@MenuPage(module = MenuModule.HOME, title = "My numbers", order = 26, icon = VaadinIcon.PHONE)
@PageTitle("My numbers · DIDTron")
@RolesAllowed({"CUSTOMER"})
public class MyNumbersView extends Div implements HasPageHeader {
  private final AccountDids accountDids;
  private final DidLifecycle lifecycle;
  private final AccountId own;
  private final Grid<AccountDids.AccountDid> grid = new Grid<>();

  /** Released from this page: hidden at once, before the release workflow has run. */
  private final Set<UUID> released = new HashSet<>();

  public MyNumbersView(AccountDids accountDids, DidLifecycle lifecycle) {
    this.accountDids = accountDids;
    this.lifecycle = lifecycle;
    Actor actor = UiActor.current();
    this.own = actor.ownAccount().orElseThrow(() -> new AccessDenied("No account"));
    grid.addClassName("dt-my-numbers");
    grid.addColumn(d -> "+" + d.number()).setHeader("Number").setKey("number").setAutoWidth(true);
    grid.addColumn(AccountDids.AccountDid::country).setHeader("Country").setAutoWidth(true);
    grid.addColumn(AccountDids.AccountDid::destination)
        .setHeader("Destination")
        .setKey("destination")
        .setAutoWidth(true);
    grid.addColumn(d -> d.failover() == null ? "—" : d.failover())
        .setHeader("Failover")
        .setAutoWidth(true);
    grid.addColumn(d -> d.ringTimeoutSeconds() + " s").setHeader("Ring timeout").setAutoWidth(true);
    grid.addColumn(
            d ->
                d.monthlyPrice() == null
                    ? "—"
                    : Amounts.precise(d.monthlyPrice(), CurrencyCode.of(d.currency())))
        .setHeader("Monthly price")
        .setAutoWidth(true);
    grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    add(
        new Paragraph(
            "Your numbers in service and where their calls go. A suspended number refuses calls"
                + " until your balance is covered again."),
        grid);
    refresh();
  }

  void refresh() {
    grid.setItems(rows());
  }

  /** The numbers the page shows. */
  List<AccountDids.AccountDid> rows() {
    return accountDids.inService(UiActor.current(), own).stream()
        .filter(d -> !released.contains(d.id()))
        .toList();
  }

  private Component status(AccountDids.AccountDid d) {
    Span s = new Span(d.suspendedAt() == null ? "In service" : "Suspended");
    if (d.suspendedAt() != null) {
      s.addClassName("dt-warning");
    }
    return s;
  }

  private Component actions(AccountDids.AccountDid d) {
    Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEdit(d));
    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    edit.addClassName("dt-number-edit");
    edit.setAriaLabel("Edit +" + d.number());
    Button release = new Button("Release", VaadinIcon.TRASH.create(), e -> openRelease(d));
    release.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    release.addClassName("dt-number-release");
    release.setAriaLabel("Release +" + d.number());
    return new HorizontalLayout(edit, release);
  }

  /** The edit dialog of a number (opened by its Edit button). */
  Dialog openEdit(AccountDids.AccountDid d) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Calls to +" + d.number());
    TextField destination = new TextField("Destination (SIP URI)");
    destination.setId("dt-number-destination");
    destination.setValue(d.destination() == null ? "" : d.destination());
    destination.setWidthFull();
    TextField failover = new TextField("Failover (SIP URI, optional)");
    failover.setId("dt-number-failover");
    failover.setValue(d.failover() == null ? "" : d.failover());
    failover.setWidthFull();
    IntegerField ring = new IntegerField("Ring timeout (seconds, 5–120)");
    ring.setId("dt-number-ring");
    ring.setMin(5);
    ring.setMax(120);
    ring.setValue(d.ringTimeoutSeconds());
    Button save =
        new Button(
            "Save",
            e -> {
              try {
                lifecycle.update(
                    UiActor.current(),
                    d.id(),
                    new DidLifecycle.Settings(
                        destination.getValue(), failover.getValue(), ring.getValue()));
                dialog.close();
                Toasts.success("+" + d.number() + " saved");
                refresh();
              } catch (DidChangeRefused refused) {
                String m = refused.getMessage();
                if (m.contains("ring timeout")) {
                  ring.setErrorMessage(m);
                  ring.setInvalid(true);
                } else if (m.contains("failover")) {
                  failover.setErrorMessage(m);
                  failover.setInvalid(true);
                } else {
                  destination.setErrorMessage(m);
                  destination.setInvalid(true);
                }
              }
            });
    save.setId("dt-number-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(destination, failover, ring));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
    return dialog;
  }

  /** The confirmation of a release (opened by its Release button). */
  Dialog openRelease(AccountDids.AccountDid d) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Release +" + d.number() + "?");
    dialog.add(
        new Paragraph(
            "The number stops receiving calls at once and its rental stops. It cannot be"
                + " taken back."));
    Button confirm =
        new Button(
            "Release",
            e -> {
              try {
                lifecycle.release(UiActor.current(), d.id());
                released.add(d.id());
                Toasts.success("+" + d.number() + " is being released");
              } catch (DidChangeRefused refused) {
                Toasts.error(refused.getMessage());
              }
              dialog.close();
              refresh();
            });
    confirm.setId("dt-number-release-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
    dialog.open();
    return dialog;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("My numbers", "Home");
  }
}
