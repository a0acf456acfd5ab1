package com.didtron.ui.did;

import com.didtron.activities.did.DidCountries;
import com.didtron.activities.did.DidCountries.CountryChange;
import com.didtron.activities.did.DidCountries.CountryDraft;
import com.didtron.activities.did.DidCountry;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Adds a country or replaces its requirement list (super admins). One requirement a line: {@code
 * TYPE DOCUMENT [max age in days] [note]}, e.g. {@code GEOGRAPHIC PROOF_OF_ADDRESS 90}. Choosing a
 * country in the list loads it here.
 */
class DidCountryForm extends Div {
  private final transient DidCountries countries;
  private final Runnable afterSave;
  final TextField code = new TextField("Code");
  final TextField name = new TextField("Country");
  final TextField dialCode = new TextField("Calling code");
  final TextArea requirements =
      new TextArea("Requirements (one a line: TYPE DOCUMENT [days] [note])");

  DidCountryForm(DidCountries countries, Runnable afterSave) {
    this.countries = countries;
    this.afterSave = afterSave;
    code.setMaxLength(2);
    code.getElement().setAttribute("data-testid", "did-country-code");
    name.getElement().setAttribute("data-testid", "did-country-name");
    dialCode.getElement().setAttribute("data-testid", "did-country-dial");
    requirements.getElement().setAttribute("data-testid", "did-country-requirements");
    requirements.setWidthFull();
    Button save = new Button("Save country", e -> save());
    save.getElement().setAttribute("data-testid", "did-country-save");
    addClassName("dt-toolbar");
    add(code, name, dialCode, requirements, save);
  }

  /** Loads a country to edit its requirements. */
  void edit(DidCountry c) {
    code.setValue(c.code());
    name.setValue(c.name());
    dialCode.setValue(c.dialCode());
    requirements.setValue(
        c.requirements().stream().map(DidCountryForm::line).collect(Collectors.joining("\n")));
  }

  static String line(DidRequirement r) {
    return (r.type()
            + " "
            + r.document()
            + (r.maxAgeDays() == null ? "" : " " + r.maxAgeDays())
            + (r.note().isEmpty() ? "" : " " + r.note()))
        .strip();
  }

  /** The requirements of the text, or an error message naming the first bad line. */
  static List<DidRequirement> parse(String text) {
    List<DidRequirement> out = new ArrayList<>();
    int n = 0;
    for (String raw : (text == null ? "" : text).split("\\R")) {
      n++;
      String l = raw.strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] p = l.split("\\s+", 4);
      if (p.length < 2) {
        throw new IllegalArgumentException("Line " + n + ": give a number type and a document");
      }
      NumberType type;
      KycDocument doc;
      try {
        type = NumberType.valueOf(p[0].toUpperCase(Locale.ROOT));
        doc = KycDocument.valueOf(p[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Line " + n + ": unknown number type or document (e.g. GEOGRAPHIC PROOF_OF_ADDRESS)");
      }
      Integer days = null;
      String note = "";
      if (p.length > 2) {
        if (p[2].matches("[0-9]{1,5}")) {
          days = Integer.valueOf(p[2]);
          note = p.length > 3 ? p[3] : "";
        } else {
          note = l.split("\\s+", 3)[2];
        }
      }
      out.add(new DidRequirement(type, doc, days, note));
    }
    return out;
  }

  void save() {
    for (TextField f : new TextField[] {code, name, dialCode}) {
      f.setInvalid(false);
    }
    requirements.setInvalid(false);
    List<DidRequirement> list;
    try {
      list = parse(requirements.getValue());
    } catch (IllegalArgumentException e) {
      requirements.setInvalid(true);
      requirements.setErrorMessage(e.getMessage());
      Toasts.error("The country was not saved; see the marked fields");
      return;
    }
    CountryChange change =
        countries.save(
            UiActor.current(),
            code.getValue(),
            new CountryDraft(name.getValue(), dialCode.getValue(), list));
    switch (change) {
      case CountryChange.Saved s -> {
        Toasts.success(
            s.country().code()
                + " saved with "
                + s.country().requirements().size()
                + " requirements");
        afterSave.run();
      }
      case CountryChange.Rejected r -> {
        r.errors()
            .forEach(
                e -> {
                  var f =
                      switch (e.field()) {
                        case "code" -> code;
                        case "name" -> name;
                        case "dialCode" -> dialCode;
                        default -> null;
                      };
                  if (f != null) {
                    f.setInvalid(true);
                    f.setErrorMessage(e.message());
                  } else {
                    requirements.setInvalid(true);
                    requirements.setErrorMessage(e.message());
                  }
                });
        Toasts.error("The country was not saved; see the marked fields");
      }
    }
  }
}
