package com.didtron.ui.api.kyc;

import com.didtron.activities.kyc.KycIdentityWebhooks;
import com.didtron.activities.kyc.identity.BadIdentityWebhook;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe Identity's webhook. Like the payment webhooks it is bounded by {@code
 * didtron.limits.webhook-body} (BodyLimitFilter covers {@code /webhooks/**}) and verified (the
 * {@code Stripe-Signature} HMAC with the endpoint's secret, within the tolerance) before anything
 * is read: a bad signature is answered 400, an unknown session 404, both logged. A verified event
 * is applied once per event id; redeliveries are answered 200.
 */
@RestController
@Hidden
public class KycWebhooks {
  private static final Logger log = LoggerFactory.getLogger(KycWebhooks.class);

  private final KycIdentityWebhooks events;

  public KycWebhooks(KycIdentityWebhooks events) {
    this.events = events;
  }

  @PostMapping(path = "/webhooks/stripe-identity", consumes = "*/*")
  public ResponseEntity<Map<String, String>> stripeIdentity(
      @RequestBody String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature,
      HttpServletRequest request) {
    try {
      KycIdentityWebhooks.Result result = events.receive(payload, signature);
      if (result == KycIdentityWebhooks.Result.UNKNOWN_SESSION) {
        log.warn(
            "Refused a Stripe Identity webhook from {}: unknown session", request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("error", "unknown verification session"));
      }
      return ResponseEntity.ok(Map.of("result", result.name()));
    } catch (BadIdentityWebhook e) {
      log.warn(
          "Rejected a Stripe Identity webhook from {}: {}",
          request.getRemoteAddr(),
          e.getMessage());
      return ResponseEntity.badRequest().body(Map.of("error", "invalid signature"));
    }
  }
}
