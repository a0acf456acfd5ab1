package com.didtron.ui.payment;

import com.didtron.domain.payment.PaymentProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The customer's top-up form: an amount in the account's currency and one button per online
 * provider that is configured. When none is, it says why and that finance can enter a payment.
 */
public class TopUpPanel extends Div {
  private final TextField amount = new TextField("Amount");

  /**
   * @param unavailable why a provider cannot be used (null when it can)
   * @param pay called with the provider and the amount typed
   */
  public TopUpPanel(
      String currency,
      Function<PaymentProvider, String> unavailable,
      BiConsumer<PaymentProvider, String> pay) {
    addClassName("dt-topup");
    List<PaymentProvider> online =
        List.of(PaymentProvider.STRIPE, PaymentProvider.PAYPAL).stream()
            .filter(p -> unavailable.apply(p) == null)
            .toList();
    if (online.isEmpty()) {
      Paragraph why =
          new Paragraph(
              "Online top-ups are not available: Stripe — "
                  + unavailable.apply(PaymentProvider.STRIPE)
                  + "; PayPal — "
                  + unavailable.apply(PaymentProvider.PAYPAL)
                  + ". Pay by bank transfer and our finance team will credit your balance (manual top-up).");
      why.addClassName("dt-banner-warning");
      add(why);
      return;
    }
    amount.setSuffixComponent(new Span(currency));
    amount.setPlaceholder("e.g. 50.00");
    Div bar = new Div(amount);
    bar.addClassName("dt-toolbar");
    for (PaymentProvider p : online) {
      Button b =
          new Button(
              "Top up with " + (p == PaymentProvider.STRIPE ? "card (Stripe)" : "PayPal"),
              e -> pay.accept(p, amount.getValue()));
      b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      bar.add(b);
    }
    add(bar);
  }
}
