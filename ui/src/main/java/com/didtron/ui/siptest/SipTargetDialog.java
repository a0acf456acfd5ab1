package com.didtron.ui.siptest;

import com.didtron.activities.siptest.SipTarget;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.domain.account.Account;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.domain.siptest.SipTargetDraft;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sets where a carrier takes test calls; the stored password is kept unless a new one is typed. */
class SipTargetDialog extends Dialog {
  final ComboBox<Account> carrier = new ComboBox<>("Carrier");
  final TextField host = new TextField("SIP host");
  final IntegerField port = new IntegerField("Port");
  final TextField user = new TextField("Digest user (optional)");
  final PasswordField password = new PasswordField("Digest password");
  final TextField probeNumber = new TextField("Probe number (optional)");
  final Checkbox monitored = new Checkbox("Monitor this carrier", true);
  private final Span status = new Span();
  private final transient SipTargetService targets;
  private final transient Runnable saved;
  private String storedPassword;

  SipTargetDialog(
      SipTargetService targets, List<Account> carriers, UUID carrierId, Runnable saved) {
    this.targets = targets;
    this.saved = saved;
    setHeaderTitle("SIP target");
    carrier.setItems(carriers);
    carrier.setItemLabelGenerator(Account::name);
    port.setValue(5060);
    probeNumber.setHelperText("Monitoring calls it on every round; empty: OPTIONS only");
    carriers.stream()
        .filter(a -> a.id().value().equals(carrierId))
        .findFirst()
        .ifPresent(
            a -> {
              carrier.setValue(a);
              carrier.setReadOnly(true);
            });
    if (carrierId != null) {
      targets.find(UiActor.current(), carrierId).ifPresent(this::fill);
    }
    status.addClassName("dt-action-dock-status");
    add(new FormLayout(carrier, host, port, user, password, probeNumber, monitored), status);
    Button save = new Button("Save", e -> save());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private void fill(SipTarget t) {
    host.setValue(t.host());
    port.setValue(t.port());
    user.setValue(t.authUser() == null ? "" : t.authUser());
    storedPassword = t.authPassword();
    password.setPlaceholder(t.hasCredentials() ? "unchanged" : "");
    probeNumber.setValue(t.probeNumber() == null ? "" : t.probeNumber());
    monitored.setValue(t.monitored());
  }

  void save() {
    if (carrier.getValue() == null) {
      status.setText("Choose a carrier");
      return;
    }
    String pw = password.getValue().isEmpty() ? storedPassword : password.getValue();
    SipTargetDraft draft =
        new SipTargetDraft(
            host.getValue(),
            port.getValue() == null ? 0 : port.getValue(),
            user.getValue(),
            pw,
            probeNumber.getValue(),
            monitored.getValue());
    List<FieldProblem> problems =
        targets.save(UiActor.current(), carrier.getValue().id().value(), draft);
    if (problems.isEmpty()) {
      Toasts.success("SIP target of " + carrier.getValue().name() + " saved");
      close();
      saved.run();
      return;
    }
    Map<String, HasValidation> fields =
        Map.of(
            "host",
            host,
            "port",
            port,
            "authPassword",
            password,
            "probeNumber",
            probeNumber,
            "carrier",
            carrier);
    fields.values().forEach(f -> f.setInvalid(false));
    problems.forEach(
        p -> {
          HasValidation f = fields.get(p.field());
          if (f != null) {
            f.setErrorMessage(p.message());
            f.setInvalid(true);
          }
        });
    status.setText(problems.getFirst().message());
  }
}
