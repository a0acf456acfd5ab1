package com.didtron.ui.account;

import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The fields of an account; shows the server's reasons next to the fields they concern. */
class AccountForm extends FormLayout {
  final TextField name = new TextField("Name");
  final Select<AccountKind> kind = new Select<>();
  final TextField currency = new TextField("Currency");
  final Select<BillingMode> billingMode = new Select<>();
  final BigDecimalField creditLimit = new BigDecimalField("Credit limit");
  final Select<AccountStatus> status = new Select<>();
  final EmailField email = new EmailField("Billing email");

  AccountForm() {
    kind.setLabel("Kind");
    kind.setItems(AccountKind.values());
    billingMode.setLabel("Billing");
    billingMode.setItems(BillingMode.values());
    billingMode.addValueChangeListener(
        e -> creditLimit.setEnabled(e.getValue() == BillingMode.POSTPAID));
    status.setLabel("Status");
    status.setItems(AccountStatus.values());
    currency.setMaxLength(3);
    currency.setHelperText("ISO code, e.g. USD; fixed once created");
    creditLimit.setHelperText("Postpaid only: how far the balance may go below zero");
    add(name, kind, currency, billingMode, creditLimit, status, email);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
  }

  void fill(AccountDraft d) {
    name.setValue(d.name());
    kind.setValue(d.kind());
    currency.setValue(d.currency());
    billingMode.setValue(d.billingMode());
    creditLimit.setValue(d.creditLimit());
    status.setValue(d.status());
    email.setValue(d.email() == null ? "" : d.email());
  }

  AccountDraft draft() {
    return new AccountDraft(
        name.getValue(),
        kind.getValue(),
        currency.getValue(),
        billingMode.getValue(),
        creditLimit.getValue() == null ? BigDecimal.ZERO : creditLimit.getValue(),
        status.getValue(),
        email.getValue());
  }

  /**
   * Marks the fields named by the errors; returns the errors no field shows (e.g. a stale version).
   */
  List<FieldError> showErrors(List<FieldError> errors) {
    Map<String, HasValidation> fields =
        Map.of(
            "name",
            name,
            "kind",
            kind,
            "currency",
            currency,
            "billingMode",
            billingMode,
            "creditLimit",
            creditLimit,
            "status",
            status,
            "email",
            email);
    fields.values().forEach(f -> f.setInvalid(false));
    for (FieldError e : errors) {
      HasValidation f = fields.get(e.field());
      if (f != null) {
        f.setErrorMessage(e.message());
        f.setInvalid(true);
      }
    }
    return errors.stream().filter(e -> !fields.containsKey(e.field())).toList();
  }
}
