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

/**
 * The customer's top-up form: an amount in the account's currency and one button per online
 * provider that is enabled. When none is, it tells the customer what they can do (pay by bank
 * transfer) and never why the platform lacks a provider: setting names are for staff (the payments
 * page tells them).
 */
public class TopUpPanel extends Div {
  /** What a customer reads when no online provider is enabled. */
  public static final String BANK_TRANSFER =
      "Online payment by card or PayPal is not offered at the moment. To add funds, pay by bank"
          + " transfer with your account name as the reference: our finance team credits your"
          + " balance when the money arrives. Contact our finance team for the bank details or any"
          + " question about your balance.";

  private final TextField amount = new TextField("Amount");

  /**
   * @param online the online providers enabled on this platform (may be empty)
   * @param pay called with the provider and the amount typed
   */
  public TopUpPanel(
      String currency, List<PaymentProvider> online, BiConsumer<PaymentProvider, String> pay) {
    addClassName("dt-topup");
    if (online.isEmpty()) {
      Paragraph how = new Paragraph(BANK_TRANSFER);
      how.addClassName("dt-banner-warning");
      add(how);
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
    add(
        new Paragraph(
            "You can also pay by bank transfer with your account name as the reference: our"
                + " finance team credits your balance when the money arrives."));
  }
}
