package com.didtron.ui.api.payment;

import com.didtron.activities.payment.BadSignature;
import com.didtron.activities.payment.PayPalGateway;
import com.didtron.activities.payment.PaymentEvents;
import com.didtron.activities.payment.StripeGateway;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks of the payment providers. Each request is verified (Stripe: the {@code Stripe-Signature}
 * HMAC with the endpoint secret; PayPal: PayPal's verify-webhook-signature API) before anything is
 * read; a bad signature is answered 400 and logged. A verified event is applied once per event id;
 * redeliveries are acknowledged with 200 so the provider stops retrying.
 */
@RestController
@Hidden
public class PaymentWebhooks {
  private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

  private final StripeGateway stripe;
  private final PayPalGateway paypal;
  private final PaymentEvents events;

  public PaymentWebhooks(StripeGateway stripe, PayPalGateway paypal, PaymentEvents events) {
    this.stripe = stripe;
    this.paypal = paypal;
    this.events = events;
  }

  @PostMapping(path = "/webhooks/stripe", consumes = "*/*")
  public ResponseEntity<Map<String, String>> stripe(
      @RequestBody String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature,
      HttpServletRequest request) {
    try {
      PaymentEvents.Result result = events.apply(stripe.verify(payload, signature));
      return ResponseEntity.ok(Map.of("result", result.name()));
    } catch (BadSignature e) {
      log.warn("Rejected a Stripe webhook from {}: {}", request.getRemoteAddr(), e.getMessage());
      return ResponseEntity.badRequest().body(Map.of("error", "invalid signature"));
    }
  }

  @PostMapping(path = "/webhooks/paypal", consumes = "*/*")
  public ResponseEntity<Map<String, String>> paypal(
      @RequestBody String payload, HttpServletRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, request.getHeader(name));
    }
    try {
      PaymentEvents.Result result = events.apply(paypal.verify(payload, headers));
      return ResponseEntity.ok(Map.of("result", result.name()));
    } catch (BadSignature e) {
      log.warn("Rejected a PayPal webhook from {}: {}", request.getRemoteAddr(), e.getMessage());
      return ResponseEntity.badRequest().body(Map.of("error", "invalid signature"));
    }
  }
}
