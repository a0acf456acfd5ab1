package com.didtron.ui.cdr;

import com.didtron.activities.cdr.CdrWorkflows;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.didtron.workflows.cdr.RerateRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.ZoneOffset;

/** Starts re-rating a period: unrated CDRs only, or all (only differences are charged). */
class RerateDialog extends Dialog {
  RerateDialog(CdrWorkflows workflows) {
    setHeaderTitle("Re-rate a period");
    DateTimePicker from = new DateTimePicker("From (UTC)");
    DateTimePicker to = new DateTimePicker("To (UTC, excluded)");
    RadioButtonGroup<RerateRequest.Scope> scope = new RadioButtonGroup<>("CDRs");
    scope.setItems(RerateRequest.Scope.values());
    scope.setItemLabelGenerator(
        s ->
            s == RerateRequest.Scope.UNRATED
                ? "Unrated only"
                : "All: also re-price rated CDRs (the difference is charged)");
    scope.setValue(RerateRequest.Scope.UNRATED);
    Button start =
        new Button(
            "Start re-rating",
            e -> {
              if (from.getValue() == null || to.getValue() == null) {
                Toasts.error("Choose the period");
                return;
              }
              try {
                var run =
                    workflows.rerate(
                        UiActor.current(),
                        from.getValue().toInstant(ZoneOffset.UTC),
                        to.getValue().toInstant(ZoneOffset.UTC),
                        scope.getValue());
                Toasts.success(
                    "Re-rating started; follow it on the System page (" + run.workflowId() + ")");
                close();
              } catch (IllegalArgumentException ex) {
                Toasts.error(ex.getMessage());
              }
            });
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div body =
        new Div(
            new Span("Rates the period's CDRs again with the decks active now."), from, to, scope);
    body.addClassName("dt-stack");
    add(body);
    getFooter().add(new Button("Cancel", e -> close()), start);
  }
}
