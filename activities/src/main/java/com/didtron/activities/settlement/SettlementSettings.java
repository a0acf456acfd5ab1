package com.didtron.activities.settlement;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settlement settings ({@code didtron.settlement.*} in application.yml or environment variables).
 *
 * @param closeDelayHours how long after a billing period ends its invoice waits for late CDRs
 * @param invoiceCron when the invoice scheduler looks for ended periods (5-field cron, UTC)
 * @param nettingCron when netting proposals are computed (5-field cron, UTC)
 * @param nettingThreshold both sides of a company must exceed it to be netted
 * @param creditNoteRemindMinutes how often finance is reminded of a pending credit note
 * @param creditNoteEscalateMinutes when an undecided credit note is escalated
 * @param escalationEmail where escalations go (empty: the tenant's super admins' outbox list only)
 * @param reconciliationMinuteTolerance minutes of difference per line that are not reported
 * @param reconciliationAmountTolerance amount of difference per line that is not reported
 */
@ConfigurationProperties("didtron.settlement")
public record SettlementSettings(Integer closeDelayHours, String invoiceCron, String nettingCron,
    BigDecimal nettingThreshold, Long creditNoteRemindMinutes, Long creditNoteEscalateMinutes,
    String escalationEmail, BigDecimal reconciliationMinuteTolerance,
    BigDecimal reconciliationAmountTolerance) {
  public SettlementSettings {
    closeDelayHours = closeDelayHours == null ? 6 : closeDelayHours;
    invoiceCron = blank(invoiceCron) ? "15 0 * * *" : invoiceCron;
    nettingCron = blank(nettingCron) ? "45 4 * * *" : nettingCron;
    nettingThreshold = nettingThreshold == null ? new BigDecimal("100") : nettingThreshold;
    creditNoteRemindMinutes = creditNoteRemindMinutes == null ? 24 * 60L : creditNoteRemindMinutes;
    creditNoteEscalateMinutes = creditNoteEscalateMinutes == null ? 3 * 24 * 60L : creditNoteEscalateMinutes;
    reconciliationMinuteTolerance = reconciliationMinuteTolerance == null
        ? new BigDecimal("1") : reconciliationMinuteTolerance;
    reconciliationAmountTolerance = reconciliationAmountTolerance == null
        ? new BigDecimal("0.01") : reconciliationAmountTolerance;
  }

  public Duration closeDelay() {
    return Duration.ofHours(closeDelayHours);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
