package com.didtron.ui.routing;

import com.didtron.activities.routing.FxRates;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** The tenant's manual exchange rates into its base currency, with a form to set one. */
class FxRatesPanel extends Div {
  private final transient FxRates fx;
  private final Grid<Map.Entry<CurrencyCode, java.math.BigDecimal>> grid = new Grid<>();

  FxRatesPanel(FxRates fx) {
    this.fx = fx;
    grid.addColumn(e -> e.getKey().code()).setHeader("Currency");
    grid.addColumn(e -> e.getValue().toPlainString()).setHeader("Units of the base currency per unit");
    grid.setAllRowsVisible(true);
    grid.addClassName("dt-grid");
    TextField currency = new TextField("Currency");
    currency.setMaxLength(3);
    currency.setPlaceholder("EUR");
    BigDecimalField rate = new BigDecimalField("Rate to base");
    Button set = new Button("Set rate", e -> set(currency.getValue(), rate.getValue()));
    Div form = new Div(currency, rate, set);
    form.addClassName("dt-toolbar");
    add(grid, form);
    refresh();
  }

  private void set(String currency, java.math.BigDecimal rate) {
    try {
      fx.set(UiActor.current(), CurrencyCode.of(currency), rate);
      Toasts.success("Exchange rate for " + currency.toUpperCase() + " saved");
      refresh();
    } catch (IllegalArgumentException | AccessDenied e) {
      Toasts.error(e.getMessage());
    }
  }

  private void refresh() {
    grid.setItems(fx.rates(UiActor.current()).entrySet().stream().toList());
  }
}
