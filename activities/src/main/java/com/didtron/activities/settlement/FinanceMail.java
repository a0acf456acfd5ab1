package com.didtron.activities.settlement;

import com.didtron.activities.Facade;
import com.didtron.activities.account.Accounts;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.notification.Outbox;
import com.didtron.activities.user.ActiveUsers;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Settlement emails through the outbox, each with a dedup key so a retried step sends nothing
 * twice: to the tenant's finance users, to the escalation address (else the super admins) and to
 * customers.
 */
@Component
@Facade
public class FinanceMail {
  private final Outbox outbox;
  private final ActiveUsers users;
  private final Accounts accounts;
  private final SettlementSettings settings;

  FinanceMail(Outbox outbox, ActiveUsers users, Accounts accounts, SettlementSettings settings) {
    this.outbox = outbox;
    this.users = users;
    this.accounts = accounts;
    this.settings = settings;
  }

  public void toFinance(
      TenantId tenant, String dedupKey, String kind, String subject, String text) {
    send(tenant, users.emailsWithRole(tenant, Role.FINANCE), dedupKey, kind, subject, text);
  }

  public void escalation(
      TenantId tenant, String dedupKey, String kind, String subject, String text) {
    String to = settings.escalationEmail();
    send(
        tenant,
        to == null || to.isBlank()
            ? users.emailsWithRole(tenant, Role.SUPER_ADMIN)
            : List.of(to.strip()),
        dedupKey,
        kind,
        subject,
        text);
  }

  public void toCustomer(
      TenantId tenant,
      AccountId account,
      String dedupKey,
      String kind,
      String subject,
      String text) {
    String to = accounts.find(account).map(Account::email).orElse(null);
    send(
        tenant,
        to == null || to.isBlank() ? List.of() : List.of(to),
        dedupKey,
        kind,
        subject,
        text);
  }

  private void send(
      TenantId tenant, List<String> to, String dedupKey, String kind, String subject, String text) {
    for (String address : to) {
      outbox.enqueue(
          new EmailDraft(
              dedupKey + ":" + address.toLowerCase(),
              kind,
              tenant,
              address,
              null,
              subject,
              "<p>" + DocumentHtml.esc(text) + "</p>",
              text));
    }
  }
}
