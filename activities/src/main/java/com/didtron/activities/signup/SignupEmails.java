package com.didtron.activities.signup;

import com.didtron.activities.notification.Outbox;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.tenant.TenantId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** The sign-up's emails, each queued in the outbox in the caller's transaction. */
@Component
class SignupEmails {
  static final String VERIFY = "SIGNUP_VERIFY";
  static final String EXISTING = "SIGNUP_EXISTING";
  static final String REVIEW = "SIGNUP_REVIEW";
  static final String APPROVED = "SIGNUP_APPROVED";
  static final String REJECTED = "SIGNUP_REJECTED";

  private final Outbox outbox;
  private final SignupSettings settings;

  SignupEmails(Outbox outbox, SignupSettings settings) {
    this.outbox = outbox;
    this.settings = settings;
  }

  /** The link that verifies the address; {@code tokenHash} keeps each link's message apart. */
  void verify(TenantId tenant, String brand, String to, String name, String token, String hash) {
    String link =
        settings.publicUrl()
            + "/signup/verify?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    String text =
        "Welcome to "
            + brand
            + ".\n\nConfirm your email address to continue: "
            + link
            + "\n\nThe link works once and for "
            + settings.tokenTtl().toHours()
            + " hours. If you did not sign up, ignore this message.";
    send(
        VERIFY + ":" + hash.substring(0, 24), VERIFY, tenant, to, name, "Confirm your email", text);
  }

  /** Someone signed up with an address that has a user: tell its owner, nobody else. */
  void existing(TenantId tenant, String brand, String to, String dedup) {
    String text =
        "Someone (perhaps you) tried to sign up to "
            + brand
            + " with this address, which already has a user. Sign in at "
            + settings.publicUrl()
            + "/login instead. If it was not you, ignore this message.";
    send(EXISTING + ":" + dedup, EXISTING, tenant, to, null, "You already have a user", text);
  }

  void underReview(Signup s, String brand) {
    send(
        REVIEW + ":" + s.id(),
        REVIEW,
        s.tenantId(),
        s.email(),
        s.name(),
        "Your sign-up is being reviewed",
        "Thank you for confirming your email. "
            + brand
            + " reviews new accounts of your kind; we will write again once it is decided.");
  }

  void approved(Signup s, String brand) {
    send(
        APPROVED + ":" + s.id(),
        APPROVED,
        s.tenantId(),
        s.email(),
        s.name(),
        "Your account is active",
        "Your "
            + brand
            + " account is active. Sign in at "
            + settings.publicUrl()
            + "/login with the email and password you chose.");
  }

  void rejected(Signup s, String brand, String reason) {
    send(
        REJECTED + ":" + s.id(),
        REJECTED,
        s.tenantId(),
        s.email(),
        s.name(),
        "Your sign-up was not accepted",
        brand + " did not accept your sign-up. Reason: " + reason);
  }

  private void send(
      String dedup,
      String kind,
      TenantId tenant,
      String to,
      String name,
      String subj,
      String text) {
    outbox.enqueue(new EmailDraft(dedup, kind, tenant, to, name, subj, html(text), text));
  }

  private static String html(String text) {
    String escaped =
        text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("\n", "<br>");
    return "<p>" + escaped + "</p>";
  }
}
