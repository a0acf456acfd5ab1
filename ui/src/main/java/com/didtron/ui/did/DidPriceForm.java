package com.didtron.ui.did;

import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.DidPrices.PriceChange;
import com.didtron.activities.did.DidPrices.PriceDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.did.NumberType;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/** Adds a DID price (from now); field errors show on the fields. */
class DidPriceForm extends Div {
  private final transient DidPrices prices;
  private final Runnable afterSave;
  final TextField country = new TextField("Country");
  final Select<NumberType> type = new Select<>();
  final TextField area = new TextField("Area (empty: whole country)");
  final TextField monthly = new TextField("Monthly price");
  final TextField setup = new TextField("Setup price");
  final TextField inbound = new TextField("Inbound per minute");
  final TextField currency = new TextField("Currency");

  DidPriceForm(DidPrices prices, Runnable afterSave) {
    this.prices = prices;
    this.afterSave = afterSave;
    type.setLabel("Type");
    type.setItems(NumberType.values());
    type.setValue(NumberType.GEOGRAPHIC);
    country.setMaxLength(2);
    currency.setMaxLength(3);
    addClassName("dt-toolbar");
    add(
        country,
        type,
        area,
        monthly,
        setup,
        inbound,
        currency,
        new Button("Add price", e -> save()));
  }

  void save() {
    for (TextField f : new TextField[] {country, area, monthly, setup, inbound, currency}) {
      f.setInvalid(false);
    }
    PriceChange change =
        prices.add(
            UiActor.current(),
            new PriceDraft(
                country.getValue(),
                type.getValue(),
                area.getValue(),
                amount(monthly),
                amount(setup),
                amount(inbound),
                currency.getValue(),
                null));
    switch (change) {
      case PriceChange.Saved s -> {
        Toasts.success("Price added for " + s.price().country() + " " + s.price().type());
        afterSave.run();
      }
      case PriceChange.Rejected r -> {
        r.errors().forEach(this::show);
        Toasts.error("The price was not added; see the marked fields");
      }
    }
  }

  private void show(FieldError e) {
    TextField f =
        switch (e.field()) {
          case "country" -> country;
          case "area" -> area;
          case "monthlyPrice" -> monthly;
          case "setupPrice" -> setup;
          case "inboundPerMinute" -> inbound;
          case "currency" -> currency;
          default -> null;
        };
    if (f != null) {
      f.setInvalid(true);
      f.setErrorMessage(e.message());
    }
  }

  private static BigDecimal amount(TextField f) {
    try {
      return new BigDecimal(f.getValue().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
