package com.didtron.ui.siptest;

import com.didtron.activities.siptest.AlertSettings;
import com.didtron.activities.siptest.SipAlertService;
import com.didtron.domain.siptest.AlertSettingsDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Where alerts go: a signed webhook and an email address. */
class AlertSettingsDialog extends Dialog {
  final TextField webhookUrl = new TextField("Webhook URL");
  final PasswordField secret = new PasswordField("Signing secret");
  final TextField email = new TextField("Email alerts to");
  private final Span status = new Span();
  private final transient SipAlertService alerts;

  AlertSettingsDialog(SipAlertService alerts) {
    this.alerts = alerts;
    setHeaderTitle("Alert channels");
    AlertSettings s = alerts.settings(UiActor.current());
    webhookUrl.setValue(s.webhookUrl() == null ? "" : s.webhookUrl());
    webhookUrl.setHelperText(
        "Each POST carries X-DIDTron-Signature: t=…,sha256=HMAC(secret, t.body)");
    secret.setPlaceholder(s.webhookSecret() == null ? "at least 16 characters" : "unchanged");
    email.setValue(s.emailTo() == null ? "" : s.emailTo());
    status.addClassName("dt-action-dock-status");
    add(new FormLayout(webhookUrl, secret, email), status);
    Button save = new Button("Save", e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private void save() {
    List<FieldProblem> problems =
        alerts.saveSettings(
            UiActor.current(),
            new AlertSettingsDraft(webhookUrl.getValue(), secret.getValue(), email.getValue()));
    if (problems.isEmpty()) {
      Toasts.success("Alert channels saved");
      close();
    } else {
      status.setText(problems.getFirst().message());
    }
  }
}
