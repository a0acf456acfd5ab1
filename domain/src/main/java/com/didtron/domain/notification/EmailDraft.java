package com.didtron.domain.notification;

import com.didtron.domain.tenant.TenantId;
import java.util.Objects;

/**
 * An email to send through the outbox.
 *
 * @param dedupKey enqueueing the same key twice keeps only the first message (e.g. {@code
 *     balance-low:<account>:<cycle>})
 * @param kind what it is about, for the admin list (e.g. {@code BALANCE_LOW})
 * @param tenantId the tenant it belongs to, or null for platform mail
 */
public record EmailDraft(
    String dedupKey,
    String kind,
    TenantId tenantId,
    String to,
    String toName,
    String subject,
    String html,
    String text) {
  public EmailDraft {
    Objects.requireNonNull(dedupKey, "dedupKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    if (to == null || !to.strip().matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("an email needs a recipient address, not " + to);
    }
    to = to.strip();
  }
}
