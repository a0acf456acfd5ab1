package com.didtron.ui.livecalls;

import com.didtron.activities.livecalls.LiveCall;
import com.didtron.activities.livecalls.LiveCalls;
import com.didtron.activities.switchsync.SwitchFailure;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.ui.ratedeck.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The calls in progress as {@link LiveCalls} gives them to the signed-in user, refreshed every few
 * seconds while the page is open (and by its Refresh button), with a confirmed Hang up per call for
 * those who may. Staff see account and carrier gateway columns; a customer sees neither.
 */
public class LiveCallsPanel extends Div {
  static final int POLL_MS = 5000;
  static final String HANG_UP = "hang-up";
  private final transient LiveCalls calls;
  private final transient Supplier<AccountId> filter;
  private final Grid<LiveCall> grid = new Grid<>();
  private final Span status = new Span();
  private Registration polling;

  public LiveCallsPanel(LiveCalls calls, Supplier<AccountId> filter, Component... tools) {
    this.calls = calls;
    this.filter = filter;
    Actor actor = UiActor.current();
    Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
    Div bar = new Div(tools);
    bar.add(refresh, status);
    bar.addClassName("dt-toolbar");
    status.setId("live-calls-status");
    configureGrid(actor);
    add(bar, grid);
    refresh();
  }

  private void configureGrid(Actor actor) {
    if (actor.isStaff()) {
      grid.addColumn(LiveCall::accountName).setHeader("Account").setFlexGrow(2);
    }
    grid.addColumn(LiveCall::trunk).setHeader("Trunk");
    grid.addColumn(LiveCall::from).setHeader("From");
    grid.addColumn(LiveCall::to).setHeader("To");
    if (actor.isStaff()) {
      grid.addColumn(LiveCall::gateway).setHeader("Carrier gateway");
    }
    grid.addColumn(c -> c.state() == LiveCall.State.ANSWERED ? "answered" : "ringing")
        .setHeader("State");
    grid.addColumn(c -> Formats.instant(c.answeredAt())).setHeader("Answered");
    grid.addColumn(c -> duration(c.duration())).setHeader("Duration");
    if (actor.isAdmin() || !actor.isStaff()) {
      grid.addComponentColumn(this::hangUpButton).setHeader("").setKey(HANG_UP);
    }
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
  }

  /** Reads the switch again; a switch that does not answer shows as such, the grid emptied. */
  public void refresh() {
    try {
      List<LiveCall> now = calls.list(UiActor.current(), filter.get());
      grid.setItems(now);
      status.setText(now.size() == 1 ? "1 call in progress" : now.size() + " calls in progress");
    } catch (SwitchFailure e) {
      grid.setItems(List.of());
      status.setText("The switch does not answer: calls in progress cannot be read now");
    } catch (AccessDenied | NoSuchElementException e) {
      grid.setItems(List.of());
      status.setText(e.getMessage());
    }
  }

  private Button hangUpButton(LiveCall call) {
    Button b = new Button("Hang up", e -> confirm(call));
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    b.setAriaLabel("Hang up the call to " + call.to());
    return b;
  }

  private void confirm(LiveCall call) {
    Dialog d = new Dialog();
    d.setHeaderTitle("Hang up this call?");
    d.add(
        new Paragraph(
            "The call from "
                + call.from()
                + " to "
                + call.to()
                + " ends at once for both sides. This is kept in the audit log."));
    Button yes =
        new Button(
            "Hang up now",
            e -> {
              d.close();
              hangUp(call);
            });
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    d.getFooter().add(new Button("Cancel", e -> d.close()), yes);
    d.open();
  }

  private void hangUp(LiveCall call) {
    try {
      calls.hangUp(UiActor.current(), call.id());
      Toasts.success("Call to " + call.to() + " hung up");
    } catch (NoSuchElementException e) {
      Toasts.error("That call has already ended");
    } catch (SwitchFailure e) {
      Toasts.error("The switch does not answer: try again shortly");
    } catch (AccessDenied e) {
      Toasts.error(e.getMessage());
    }
    refresh();
  }

  static String duration(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60)
        : "%d:%02d".formatted(s / 60, s % 60);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().setPollInterval(POLL_MS);
    polling = event.getUI().addPollListener(e -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
    }
  }
}
