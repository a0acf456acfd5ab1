package com.didtron.activities.balance;

import static com.didtron.activities.db.Tables.BALANCE_ALERT_STATE;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.db.tables.records.BalanceAlertStateRecord;
import com.didtron.activities.notification.Outbox;
import com.didtron.domain.account.Account;
import com.didtron.domain.balance.BalanceAlerts;
import com.didtron.domain.balance.BalanceAlerts.Alert;
import com.didtron.domain.balance.BalanceAlerts.Decision;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.notification.EmailDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Low- and zero-balance alerts. The alert state of each account is locked and updated in the
 * transaction of the balance change, so concurrent batches cannot both send the same alert; the
 * email goes to the outbox with a dedup key per alert cycle.
 */
@Service
class BalanceAlertService {
  private static final Logger log = LoggerFactory.getLogger(BalanceAlertService.class);

  private final DSLContext db;
  private final Accounts accounts;
  private final Outbox outbox;
  private final Clock clock;
  private final BigDecimal defaultLowThreshold;

  BalanceAlertService(
      DSLContext db,
      Accounts accounts,
      Outbox outbox,
      Clock clock,
      @Value("${didtron.balance.low-threshold:10}") BigDecimal defaultLowThreshold) {
    this.db = db;
    this.accounts = accounts;
    this.outbox = outbox;
    this.clock = clock;
    this.defaultLowThreshold = defaultLowThreshold;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void evaluate(CustomerBalance balance) {
    BalanceAlertStateRecord state = lockState(balance);
    BigDecimal threshold =
        state.getLowThreshold() == null ? defaultLowThreshold : state.getLowThreshold();
    Decision d =
        BalanceAlerts.decide(
            balance.available().amount(),
            threshold,
            new BalanceAlerts.State(state.getLowSentAt() != null, state.getZeroSentAt() != null));
    Instant now = clock.instant();
    if (d.rearm()) {
      state.setCycle(state.getCycle() + 1);
    }
    state.setLowSentAt(d.next().lowSent() ? coalesce(state.getLowSentAt(), now) : null);
    state.setZeroSentAt(d.next().zeroSent() ? coalesce(state.getZeroSentAt(), now) : null);
    state.setUpdatedAt(now);
    state.store();
    if (d.send() != Alert.NONE) {
      send(balance, d.send(), state.getCycle(), threshold);
    }
  }

  private BalanceAlertStateRecord lockState(CustomerBalance b) {
    db.insertInto(BALANCE_ALERT_STATE)
        .set(BALANCE_ALERT_STATE.ACCOUNT_ID, b.accountId().value())
        .set(BALANCE_ALERT_STATE.TENANT_ID, b.tenantId().value())
        .set(BALANCE_ALERT_STATE.UPDATED_AT, clock.instant())
        .onConflictDoNothing()
        .execute();
    return db.selectFrom(BALANCE_ALERT_STATE)
        .where(BALANCE_ALERT_STATE.ACCOUNT_ID.eq(b.accountId().value()))
        .forUpdate()
        .fetchSingle();
  }

  private void send(CustomerBalance b, Alert alert, int cycle, BigDecimal threshold) {
    Account account = accounts.find(b.accountId()).orElseThrow();
    if (account.email() == null || account.email().isBlank()) {
      log.info(
          "{} balance alert for account {} not emailed: the account has no email",
          alert,
          b.accountId());
      return;
    }
    String available = AmountFormat.of(b.available());
    String subject =
        alert == Alert.ZERO
            ? "Your balance is used up: calls are stopped"
            : "Your balance is low: " + available + " left";
    String text =
        "Hello "
            + account.name()
            + ",\n\n"
            + (alert == Alert.ZERO
                ? "nothing is available on your account any more ("
                    + available
                    + "), so new calls are refused. "
                : "only "
                    + available
                    + " is available on your account (warning level "
                    + AmountFormat.of(threshold, b.funds().currency())
                    + "). ")
            + "Top up in the customer portal to keep calling.\n";
    outbox.enqueue(
        new EmailDraft(
            "balance-" + alert.name().toLowerCase() + ":" + b.accountId() + ":" + cycle,
            "BALANCE_" + alert.name(),
            b.tenantId(),
            account.email(),
            account.name(),
            subject,
            "<p>" + escape(text).replace("\n\n", "</p><p>").replace("\n", "") + "</p>",
            text));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Instant coalesce(Instant a, Instant b) {
    return a != null ? a : b;
  }
}
