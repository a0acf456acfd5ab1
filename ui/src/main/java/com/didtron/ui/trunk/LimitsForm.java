package com.didtron.ui.trunk;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.LimitsDraft;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An account's limits; every empty field is unlimited. */
class LimitsForm extends FormLayout {
  final IntegerField maxChannels = new IntegerField("Max channels");
  final IntegerField maxCps = new IntegerField("Max calls per second");
  final BigDecimalField dailySpendCap = new BigDecimalField("Daily spend cap");
  final BigDecimalField maxRatePerMinute = new BigDecimalField("Max rate per minute");
  final TextArea blockedPrefixes = new TextArea("Blocked destination prefixes");

  LimitsForm() {
    dailySpendCap.setHelperText("Rolling 24 hours, in the account's currency; empty: unlimited");
    maxRatePerMinute.setHelperText("Calls to dearer destinations are refused; empty: unlimited");
    blockedPrefixes.setHelperText("Digits, separated by commas, spaces or new lines");
    add(maxChannels, maxCps, dailySpendCap, maxRatePerMinute, blockedPrefixes);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
  }

  void fill(AccountLimits l) {
    maxChannels.setValue(l.maxChannels());
    maxCps.setValue(l.maxCps());
    dailySpendCap.setValue(
        l.dailySpendCap() == null ? null : l.dailySpendCap().stripTrailingZeros());
    maxRatePerMinute.setValue(
        l.maxRatePerMinute() == null ? null : l.maxRatePerMinute().stripTrailingZeros());
    blockedPrefixes.setValue(String.join(", ", l.blockedPrefixes()));
  }

  LimitsDraft draft() {
    List<String> prefixes =
        Arrays.stream(blockedPrefixes.getValue().split("[,\\s]+"))
            .filter(p -> !p.isBlank())
            .toList();
    return new LimitsDraft(
        maxChannels.getValue(),
        maxCps.getValue(),
        dailySpendCap.getValue(),
        maxRatePerMinute.getValue(),
        prefixes);
  }

  List<FieldError> showErrors(List<FieldError> errors) {
    return FieldErrors.show(
        Map.of(
            "maxChannels",
            maxChannels,
            "maxCps",
            maxCps,
            "dailySpendCap",
            dailySpendCap,
            "maxRatePerMinute",
            maxRatePerMinute,
            "blockedPrefixes",
            blockedPrefixes),
        errors);
  }
}
