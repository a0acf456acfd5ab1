package com.didtron.ui.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.trunk.Codecs;
import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of a trunk; the password field is always empty (the secret is never shown). */
class TrunkForm extends FormLayout {
  final TextField name = new TextField("Name");
  final Select<TrunkDirection> direction = new Select<>();
  final TextField address = new TextField("Address");
  final Select<Transport> transport = new Select<>();
  final TextField techPrefix = new TextField("Tech prefix");
  final IntegerField strip = new IntegerField("Strip digits");
  final TextField prepend = new TextField("Prepend digits");
  final IntegerField maxChannels = new IntegerField("Max channels");
  final IntegerField maxCps = new IntegerField("Max calls per second");
  final MultiSelectComboBox<String> codecs = new MultiSelectComboBox<>("Allowed codecs");
  final Select<RoutingTier> tier = new Select<>();
  final TextField username = new TextField("Digest username");
  final PasswordField password = new PasswordField("Digest password");
  final Select<TrunkStatus> status = new Select<>();

  TrunkForm() {
    direction.setLabel("Direction");
    direction.setItems(TrunkDirection.values());
    direction.addValueChangeListener(e -> sideChanged(e.getValue()));
    transport.setLabel("Transport");
    transport.setItems(Transport.values());
    tier.setLabel("Routing tier");
    tier.setItems(RoutingTier.values());
    status.setLabel("Status");
    status.setItems(TrunkStatus.values());
    codecs.setItems(Codecs.KNOWN);
    codecs.setHelperText("None chosen: any codec");
    maxChannels.setHelperText("Empty: unlimited");
    maxCps.setHelperText("Empty: unlimited");
    password.setHelperText("Stored only as a digest hash; leave empty to keep the current one");
    add(
        name,
        direction,
        address,
        transport,
        techPrefix,
        strip,
        prepend,
        maxChannels,
        maxCps,
        codecs,
        tier,
        username,
        password,
        status);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
  }

  private void sideChanged(TrunkDirection side) {
    boolean ingress = side == TrunkDirection.INGRESS;
    address.setHelperText(
        ingress
            ? "Source IP or CIDR, e.g. 203.0.113.0/24 (IPv4 or IPv6)"
            : "host:port or IP[:port], e.g. sip.carrier.example:5060");
    tier.setVisible(ingress);
    username.setVisible(ingress);
    password.setVisible(ingress);
  }

  void fill(TrunkDraft d) {
    name.setValue(d.name() == null ? "" : d.name());
    direction.setValue(d.direction());
    address.setValue(d.address() == null ? "" : d.address());
    transport.setValue(d.transport());
    techPrefix.setValue(d.techPrefix() == null ? "" : d.techPrefix());
    strip.setValue(d.strip());
    prepend.setValue(d.prepend() == null ? "" : d.prepend());
    maxChannels.setValue(d.maxChannels());
    maxCps.setValue(d.maxCps());
    codecs.setValue(d.codecs() == null ? List.of() : d.codecs());
    tier.setValue(d.tier());
    username.setValue(d.username() == null ? "" : d.username());
    password.clear();
    status.setValue(d.status());
  }

  TrunkDraft draft() {
    boolean ingress = direction.getValue() == TrunkDirection.INGRESS;
    return new TrunkDraft(
        name.getValue(),
        direction.getValue(),
        address.getValue(),
        transport.getValue(),
        techPrefix.getValue(),
        strip.getValue(),
        prepend.getValue(),
        maxChannels.getValue(),
        maxCps.getValue(),
        new ArrayList<>(codecs.getValue()),
        ingress ? tier.getValue() : null,
        ingress ? username.getValue() : null,
        ingress ? password.getValue() : null,
        status.getValue());
  }

  List<FieldError> showErrors(List<FieldError> errors) {
    Map<String, HasValidation> fields =
        Map.ofEntries(
            Map.entry("name", name),
            Map.entry("direction", direction),
            Map.entry("address", address),
            Map.entry("transport", transport),
            Map.entry("techPrefix", techPrefix),
            Map.entry("strip", strip),
            Map.entry("prepend", prepend),
            Map.entry("maxChannels", maxChannels),
            Map.entry("maxCps", maxCps),
            Map.entry("codecs", codecs),
            Map.entry("tier", tier),
            Map.entry("username", username),
            Map.entry("password", password),
            Map.entry("status", status));
    return FieldErrors.show(fields, errors);
  }
}
