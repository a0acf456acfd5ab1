package com.didtron.ui.fraud;

import com.didtron.activities.fraud.FraudEvents;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Clears one fraud event with a note (audited); a BLOCK event's clearing lifts the block. */
class ClearDialog extends Dialog {
  private final transient FraudEvents events;
  private final transient FraudEvent event;
  private final transient Runnable done;
  private final TextField note = new TextField("Note");

  ClearDialog(FraudEvents events, FraudEvent event, Runnable done) {
    this.events = events;
    this.event = event;
    this.done = done;
    setHeaderTitle("Clear fraud event");
    note.setHelperText("Why the event is cleared; kept in the audit log");
    note.setMaxLength(500);
    note.setWidthFull();
    add(
        new Paragraph(
            event.accountName()
                + " · "
                + event.metric()
                + " · "
                + event.action()
                + (event.action() == FraudAction.BLOCK
                    ? ". Clearing lifts the block of new calls."
                    : event.action() == FraudAction.SUSPEND
                        ? ". The account stays suspended; resume it on its Status tab."
                        : ".")),
        note);
    Button clear = new Button("Clear event", e -> clear());
    clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), clear);
  }

  private void clear() {
    try {
      events.clear(UiActor.current(), event.id(), note.getValue());
    } catch (IllegalArgumentException e) {
      note.setErrorMessage(e.getMessage());
      note.setInvalid(true);
      return;
    } catch (IllegalStateException e) {
      Toasts.error(e.getMessage());
      close();
      done.run();
      return;
    }
    close();
    Toasts.success("Fraud event of " + event.accountName() + " cleared");
    done.run();
  }
}
