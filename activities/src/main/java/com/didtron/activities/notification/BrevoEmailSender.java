package com.didtron.activities.notification;

import brevo.ApiClient;
import brevo.ApiException;
import brevo.auth.ApiKeyAuth;
import brevoApi.TransactionalEmailsApi;
import brevoModel.CreateSmtpEmail;
import brevoModel.SendSmtpEmail;
import brevoModel.SendSmtpEmailSender;
import brevoModel.SendSmtpEmailTo;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Brevo adapter: transactional email through Brevo's official Java SDK, at a configurable base
 * URL. Each message carries its outbox id as Brevo's idempotency key, so a retried delivery is not
 * sent twice.
 */
@Component
public class BrevoEmailSender implements EmailSender {
  private final BrevoSettings settings;
  private final TransactionalEmailsApi api;

  public BrevoEmailSender(BrevoSettings settings) {
    this.settings = settings;
    ApiClient client = new ApiClient();
    client.setBasePath(settings.baseUrl().replaceAll("/+$", "") + "/v3");
    client.setConnectTimeout(10_000);
    client.setReadTimeout(30_000);
    ((ApiKeyAuth) client.getAuthentication("api-key")).setApiKey(settings.apiKey());
    this.api = new TransactionalEmailsApi(client);
  }

  @Override
  public String unavailableReason() {
    return settings.missing();
  }

  @Override
  public String send(Outgoing m) {
    SendSmtpEmail email =
        new SendSmtpEmail()
            .sender(
                new SendSmtpEmailSender().email(settings.senderEmail()).name(settings.senderName()))
            .addToItem(new SendSmtpEmailTo().email(m.to()).name(m.toName()))
            .subject(m.subject())
            .htmlContent(m.html())
            .textContent(m.text())
            .headers(Map.of("idempotencyKey", m.id()));
    try {
      CreateSmtpEmail sent = api.sendTransacEmail(email);
      return sent.getMessageId();
    } catch (ApiException e) {
      int code = e.getCode();
      boolean permanent =
          code == 400; // a bad key (401/403) is a configuration problem: keep retrying
      throw new DeliveryFailure(
          "Brevo answered "
              + (code == 0 ? "nothing (unreachable)" : code)
              + (e.getResponseBody() == null ? "" : ": " + abbreviate(e.getResponseBody())),
          permanent,
          e);
    }
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 200 ? one.substring(0, 200) + "…" : one;
  }
}
