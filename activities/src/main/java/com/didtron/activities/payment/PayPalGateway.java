package com.didtron.activities.payment;

import com.didtron.activities.payment.ProviderEvent.Outcome;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PayPal adapter over PayPal's REST API (orders v2, webhook signature verification, capture
 * refunds) at a configurable base URL. Create and capture carry {@code PayPal-Request-Id}
 * idempotency keys derived from our payment ids.
 */
@Component
public class PayPalGateway implements PaymentGateway {
  private final PayPalSettings settings;
  private final JsonMapper json;
  private final PayPalHttp http;

  public PayPalGateway(PayPalSettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
    this.http = new PayPalHttp(settings, json);
  }

  @Override
  public PaymentProvider provider() {
    return PaymentProvider.PAYPAL;
  }

  @Override
  public String unavailableReason() {
    return settings.missing();
  }

  /**
   * The payer comes back to our return endpoint, which captures the order ({@link PayPalReturns}).
   */
  @Override
  public Checkout checkout(Payment payment, String returnBase, String back) {
    return createOrder(
        payment,
        returnBase.replaceAll("/+$", "") + "/payments/paypal/return",
        back + "&result=cancel");
  }

  /**
   * Creates an order; the payer approves it at the returned URL and comes back to {@code
   * returnUrl}.
   */
  public Checkout createOrder(Payment payment, String returnUrl, String cancelUrl) {
    Map<String, Object> body =
        Map.of(
            "intent", "CAPTURE",
            "purchase_units",
                List.of(
                    Map.of(
                        "reference_id", payment.id().toString(),
                        "custom_id", payment.id().toString(),
                        "description", "Balance top-up",
                        "amount",
                            Map.of(
                                "currency_code",
                                payment.amount().currency().code(),
                                "value",
                                value(payment.amount())))),
            "application_context",
                Map.of(
                    "return_url",
                    returnUrl,
                    "cancel_url",
                    cancelUrl,
                    "user_action",
                    "PAY_NOW",
                    "shipping_preference",
                    "NO_SHIPPING"));
    JsonNode order = http.post("/v2/checkout/orders", body, "order-" + payment.id());
    String approve = null;
    for (JsonNode link : order.path("links")) {
      String rel = link.path("rel").asString();
      if ("approve".equals(rel) || "payer-action".equals(rel)) {
        approve = link.path("href").asString();
      }
    }
    return new Checkout(order.path("id").asString(), approve);
  }

  /** Captures an approved order; the outcome as a provider event (id: the capture's). */
  public ProviderEvent capture(String orderId, UUID paymentId) {
    JsonNode order =
        http.post("/v2/checkout/orders/" + orderId + "/capture", Map.of(), "capture-" + paymentId);
    JsonNode capture =
        order.path("purchase_units").path(0).path("payments").path("captures").path(0);
    boolean done = "COMPLETED".equals(capture.path("status").asString());
    return new ProviderEvent(
        PaymentProvider.PAYPAL,
        "capture:" + capture.path("id").asString(),
        "ORDER.CAPTURED",
        done ? Outcome.COMPLETED : Outcome.IGNORED,
        paymentId,
        orderId,
        capture.path("id").asString(null),
        money(capture.path("amount")));
  }

  /** Asks PayPal to verify a webhook's signature headers, then reads the event. */
  public ProviderEvent verify(String payload, Map<String, String> headers) {
    JsonNode event;
    try {
      event = json.readTree(payload);
    } catch (RuntimeException e) {
      throw new BadSignature("not a PayPal event");
    }
    Map<String, Object> check =
        Map.of(
            "auth_algo", header(headers, "paypal-auth-algo"),
            "cert_url", header(headers, "paypal-cert-url"),
            "transmission_id", header(headers, "paypal-transmission-id"),
            "transmission_sig", header(headers, "paypal-transmission-sig"),
            "transmission_time", header(headers, "paypal-transmission-time"),
            "webhook_id", settings.webhookId() == null ? "" : settings.webhookId(),
            "webhook_event", event);
    JsonNode verdict = http.post("/v1/notifications/verify-webhook-signature", check, null);
    if (!"SUCCESS".equals(verdict.path("verification_status").asString())) {
      throw new BadSignature("PayPal did not verify the webhook signature");
    }
    return read(event);
  }

  private ProviderEvent read(JsonNode event) {
    String type = event.path("event_type").asString();
    JsonNode r = event.path("resource");
    Outcome outcome =
        switch (type) {
          case "PAYMENT.CAPTURE.COMPLETED" -> Outcome.COMPLETED;
          case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" -> Outcome.FAILED;
          default -> Outcome.IGNORED;
        };
    String custom = r.path("custom_id").asString(null);
    return new ProviderEvent(
        PaymentProvider.PAYPAL,
        event.path("id").asString(),
        type,
        outcome,
        custom == null || custom.isBlank() ? null : UUID.fromString(custom),
        r.path("supplementary_data").path("related_ids").path("order_id").asString(null),
        r.path("id").asString(null),
        money(r.path("amount")));
  }

  /** Refunds a capture in full. */
  @Override
  public void refund(Payment payment) {
    http.post(
        "/v2/payments/captures/" + payment.providerPaymentRef() + "/refund",
        Map.of(),
        "refund-" + payment.id());
  }

  private static String header(Map<String, String> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  private static String value(Money m) {
    int digits = Currency.getInstance(m.currency().code()).getDefaultFractionDigits();
    return m.amount().setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static Money money(JsonNode amount) {
    if (amount.isMissingNode() || !amount.has("value")) {
      return null;
    }
    BigDecimal v = new BigDecimal(amount.path("value").asString()).setScale(Money.SCALE);
    return new Money(v, CurrencyCode.of(amount.path("currency_code").asString()));
  }
}
