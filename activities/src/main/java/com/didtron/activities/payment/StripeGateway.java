package com.didtron.activities.payment;

import com.didtron.activities.payment.ProviderEvent.Outcome;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Stripe adapter (official stripe-java, configurable API base URL): opens Checkout Sessions for
 * top-ups, verifies webhook signatures with the endpoint's secret and reads the session out of the
 * event, and refunds PaymentIntents. Requests carry idempotency keys derived from our payment ids.
 */
@Component
public class StripeGateway implements PaymentGateway {
  private final StripeSettings settings;
  private final JsonMapper json;
  private final StripeClient client;

  public StripeGateway(StripeSettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
    this.client =
        settings.missing() == null
            ? StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.baseUrl())
                .setMaxNetworkRetries(2)
                .build()
            : null;
  }

  @Override
  public PaymentProvider provider() {
    return PaymentProvider.STRIPE;
  }

  @Override
  public String unavailableReason() {
    return settings.missing();
  }

  /** The payer comes back to the payment's page, told whether it paid. */
  @Override
  public Checkout checkout(Payment payment, String returnBase, String back) {
    return createCheckout(payment, back + "&result=success", back + "&result=cancel");
  }

  /** A hosted Checkout Session for {@code payment}; the payer returns to one of the two URLs. */
  public Checkout createCheckout(Payment payment, String successUrl, String cancelUrl) {
    Currency currency = Currency.getInstance(payment.amount().currency().code());
    long minor =
        payment
            .amount()
            .amount()
            .movePointRight(currency.getDefaultFractionDigits())
            .longValueExact();
    SessionCreateParams params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setSuccessUrl(successUrl)
            .setCancelUrl(cancelUrl)
            .setClientReferenceId(payment.id().toString())
            .putMetadata("payment_id", payment.id().toString())
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(currency.getCurrencyCode().toLowerCase(Locale.ROOT))
                            .setUnitAmount(minor)
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName("Balance top-up")
                                    .build())
                            .build())
                    .build())
            .build();
    try {
      Session s =
          client()
              .v1()
              .checkout()
              .sessions()
              .create(
                  params,
                  RequestOptions.builder().setIdempotencyKey("checkout-" + payment.id()).build());
      return new Checkout(s.getId(), s.getUrl());
    } catch (StripeException e) {
      throw new PaymentProviderException("Stripe refused the checkout: " + e.getMessage(), e);
    }
  }

  /**
   * Verifies {@code Stripe-Signature} and reads the event; a bad signature throws {@link
   * BadSignature}.
   */
  public ProviderEvent verify(String payload, String signatureHeader) {
    if (settings.webhookSecret() == null || settings.webhookSecret().isBlank()) {
      throw new BadSignature("no Stripe webhook secret is configured");
    }
    Event event;
    try {
      event =
          Webhook.constructEvent(
              payload, signatureHeader == null ? "" : signatureHeader, settings.webhookSecret());
    } catch (SignatureVerificationException e) {
      throw new BadSignature("Stripe signature does not verify: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new BadSignature("not a Stripe event: " + e.getMessage());
    }
    return read(event);
  }

  private ProviderEvent read(Event event) {
    String type = event.getType();
    Outcome outcome =
        switch (type) {
          case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
              Outcome.COMPLETED;
          case "checkout.session.expired", "checkout.session.async_payment_failed" ->
              Outcome.FAILED;
          default -> Outcome.IGNORED;
        };
    if (outcome == Outcome.IGNORED) {
      return new ProviderEvent(
          PaymentProvider.STRIPE, event.getId(), type, outcome, null, null, null, null);
    }
    JsonNode s = json.readTree(event.getDataObjectDeserializer().getRawJson());
    if (outcome == Outcome.COMPLETED && !"paid".equals(s.path("payment_status").asString())) {
      outcome = Outcome.IGNORED; // completed but paid later (async payment methods)
    }
    String paymentId =
        s.path("metadata").path("payment_id").asString(s.path("client_reference_id").asString());
    CurrencyCode currency = CurrencyCode.of(s.path("currency").asString("usd"));
    int digits = Currency.getInstance(currency.code()).getDefaultFractionDigits();
    Money amount =
        s.hasNonNull("amount_total")
            ? new Money(
                BigDecimal.valueOf(s.path("amount_total").asLong())
                    .movePointLeft(digits)
                    .setScale(Money.SCALE),
                currency)
            : null;
    return new ProviderEvent(
        PaymentProvider.STRIPE,
        event.getId(),
        type,
        outcome,
        paymentId == null || paymentId.isBlank() ? null : UUID.fromString(paymentId),
        s.path("id").asString(),
        s.path("payment_intent").asString(null),
        amount);
  }

  /** Refunds the whole PaymentIntent of a top-up. */
  @Override
  public void refund(Payment payment) {
    try {
      client()
          .v1()
          .refunds()
          .create(
              RefundCreateParams.builder()
                  .setPaymentIntent(payment.providerPaymentRef())
                  .putMetadata("payment_id", payment.id().toString())
                  .build(),
              RequestOptions.builder().setIdempotencyKey("refund-" + payment.id()).build());
    } catch (StripeException e) {
      throw new PaymentProviderException("Stripe refused the refund: " + e.getMessage(), e);
    }
  }

  private StripeClient client() {
    if (client == null) {
      throw new PaymentProviderException("Stripe is not available: " + settings.missing(), null);
    }
    return client;
  }
}
