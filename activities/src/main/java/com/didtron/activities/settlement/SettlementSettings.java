package com.didtron.activities.settlement;

import com.didtron.activities.Facade;
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
 * @param overdueBlock whether an invoice still unpaid {@code overdueBlockAfterHours} after its
 *     reminder blocks the account's new calls on the switch (until paid)
 * @param overdueBlockAfterHours how long after the overdue reminder the account is blocked
 * @param overdueRecheckHours how often a blocked account's invoice is checked for payment (besides
 *     the signal a payment sends)
 */
@ConfigurationProperties("didtron.settlement")
@Facade
public record SettlementSettings(
    Integer closeDelayHours,
    String invoiceCron,
    String nettingCron,
    BigDecimal nettingThreshold,
    Long creditNoteRemindMinutes,
    Long creditNoteEscalateMinutes,
    String escalationEmail,
    BigDecimal reconciliationMinuteTolerance,
    BigDecimal reconciliationAmountTolerance,
    Boolean overdueBlock,
    Long overdueBlockAfterHours,
    Long overdueRecheckHours) {
  public SettlementSettings {
    closeDelayHours = closeDelayHours == null ? 6 : closeDelayHours;
    invoiceCron = blank(invoiceCron) ? "15 0 * * *" : invoiceCron;
    nettingCron = blank(nettingCron) ? "45 4 * * *" : nettingCron;
    nettingThreshold = nettingThreshold == null ? new BigDecimal("100") : nettingThreshold;
    creditNoteRemindMinutes = creditNoteRemindMinutes == null ? 24 * 60L : creditNoteRemindMinutes;
    creditNoteEscalateMinutes =
        creditNoteEscalateMinutes == null ? 3 * 24 * 60L : creditNoteEscalateMinutes;
    reconciliationMinuteTolerance =
        reconciliationMinuteTolerance == null ? new BigDecimal("1") : reconciliationMinuteTolerance;
    reconciliationAmountTolerance =
        reconciliationAmountTolerance == null
            ? new BigDecimal("0.01")
            : reconciliationAmountTolerance;
    overdueBlock = overdueBlock == null || overdueBlock;
    overdueBlockAfterHours = overdueBlockAfterHours == null ? 72L : overdueBlockAfterHours;
    overdueRecheckHours = overdueRecheckHours == null ? 24L : overdueRecheckHours;
  }

  public Duration closeDelay() {
    return Duration.ofHours(closeDelayHours);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
