package com.didtron.activities.siptest;

import static com.didtron.activities.db.Tables.SIP_ALERT_SETTINGS;

import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqAlertSettings {
  private final DSLContext db;

  JooqAlertSettings(DSLContext db) {
    this.db = db;
  }

  AlertSettings of(TenantId tenant) {
    return db.selectFrom(SIP_ALERT_SETTINGS)
        .where(SIP_ALERT_SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(
            r -> new AlertSettings(r.getWebhookUrl(), r.getWebhookSecret(), r.getEmailTo()))
        .orElse(AlertSettings.NONE);
  }

  void save(TenantId tenant, AlertSettings s, Instant now) {
    db.insertInto(SIP_ALERT_SETTINGS)
        .set(SIP_ALERT_SETTINGS.TENANT_ID, tenant.value())
        .set(SIP_ALERT_SETTINGS.WEBHOOK_URL, s.webhookUrl())
        .set(SIP_ALERT_SETTINGS.WEBHOOK_SECRET, s.webhookSecret())
        .set(SIP_ALERT_SETTINGS.EMAIL_TO, s.emailTo())
        .set(SIP_ALERT_SETTINGS.VERSION, 0)
        .set(SIP_ALERT_SETTINGS.UPDATED_AT, now)
        .onConflict(SIP_ALERT_SETTINGS.TENANT_ID)
        .doUpdate()
        .set(SIP_ALERT_SETTINGS.WEBHOOK_URL, s.webhookUrl())
        .set(SIP_ALERT_SETTINGS.WEBHOOK_SECRET, s.webhookSecret())
        .set(SIP_ALERT_SETTINGS.EMAIL_TO, s.emailTo())
        .set(SIP_ALERT_SETTINGS.VERSION, SIP_ALERT_SETTINGS.VERSION.plus(1))
        .set(SIP_ALERT_SETTINGS.UPDATED_AT, now)
        .execute();
  }
}
