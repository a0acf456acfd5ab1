package com.didtron.activities.settlement;


import com.didtron.activities.account.Accounts;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.notification.Outbox;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.notification.EmailDraft;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Settlement emails through the outbox, each with a dedup key so a retried step sends nothing twice:
 * to the tenant's finance users, to the escalation address (else the super admins) and to customers.
 */
@Component
public class FinanceMail {
  private final Outbox outbox;
  private final DSLContext db;
  private final Accounts accounts;
  private final SettlementSettings settings;

  FinanceMail(Outbox outbox, DSLContext db, Accounts accounts, SettlementSettings settings) {
    this.outbox = outbox;
    this.db = db;
    this.accounts = accounts;
    this.settings = settings;
  }

  public void toFinance(TenantId tenant, String dedupKey, String kind, String subject, String text) {
    send(tenant, usersWith(tenant, "FINANCE"), dedupKey, kind, subject, text);
  }

  public void escalation(TenantId tenant, String dedupKey, String kind, String subject, String text) {
    String to = settings.escalationEmail();
    send(tenant, to == null || to.isBlank() ? usersWith(tenant, "SUPER_ADMIN") : List.of(to.strip()),
        dedupKey, kind, subject, text);
  }

  public void toCustomer(TenantId tenant, AccountId account, String dedupKey, String kind, String subject,
      String text) {
    String to = accounts.find(account).map(Account::email).orElse(null);
    send(tenant, to == null || to.isBlank() ? List.of() : List.of(to), dedupKey, kind, subject, text);
  }

  private void send(TenantId tenant, List<String> to, String dedupKey, String kind, String subject, String text) {
    for (String address : to) {
      outbox.enqueue(new EmailDraft(dedupKey + ":" + address.toLowerCase(), kind, tenant, address, null,
          subject, "<p>" + DocumentHtml.esc(text) + "</p>", text));
    }
  }

  private List<String> usersWith(TenantId tenant, String role) {
    return db.fetch("SELECT email FROM app_user WHERE tenant_id = ? AND ? = ANY(roles) AND enabled "
        + "AND deleted_at IS NULL ORDER BY email", tenant.value(), role).getValues(0, String.class);
  }
}
