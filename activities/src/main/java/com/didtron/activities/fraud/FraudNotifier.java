package com.didtron.activities.fraud;

import com.didtron.activities.notification.Outbox;
import com.didtron.activities.user.ActiveUsers;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.user.Role;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's admins about a fraud event through the email outbox, in the transaction that
 * opened or escalated it: one message per admin, event and action (the dedup key).
 */
@Component
class FraudNotifier {
  static final String KIND = "FRAUD_EVENT";

  private final Outbox outbox;
  private final ActiveUsers users;

  FraudNotifier(Outbox outbox, ActiveUsers users) {
    this.outbox = outbox;
    this.users = users;
  }

  /** Queues the message for every tenant admin; how many were queued now. */
  int notifyStaff(FraudEvent e, String accountName) {
    String subject = "[fraud " + e.action() + "] " + accountName + ": " + label(e);
    String text =
        subject
            + "\n\nAccount: "
            + accountName
            + "\nMetric: "
            + e.metric()
            + "\nObserved: "
            + e.observed().stripTrailingZeros().toPlainString()
            + " (threshold "
            + e.threshold().stripTrailingZeros().toPlainString()
            + ", "
            + e.metric().unit()
            + ")"
            + "\nAction: "
            + e.action()
            + "\nReason: "
            + e.reason()
            + "\nOpened at: "
            + e.openedAt()
            + "\n\nClear it in the portal (Fraud events) or with POST /api/fraud/events/"
            + e.id()
            + "/clear.";
    String html = "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    int queued = 0;
    for (String to : users.emailsWithRole(e.tenantId(), Role.TENANT_ADMIN)) {
      boolean stored =
          outbox.enqueue(
              new EmailDraft(
                  "fraud:" + e.id() + ":" + e.action() + ":" + to,
                  KIND,
                  e.tenantId(),
                  to,
                  null,
                  subject,
                  html,
                  text));
      queued += stored ? 1 : 0;
    }
    return queued;
  }

  private static String label(FraudEvent e) {
    return switch (e.metric()) {
      case SHORT_CALLS -> "short calls";
      case CALLS_PER_MINUTE -> "calls-per-minute spike";
      case CUSTOMER_SPEND -> "daily spend";
      case CARRIER_COST -> "daily carrier cost";
    };
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
