package com.didtron.activities.account;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.audit.AuditEntry;
import com.didtron.domain.page.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsIT extends ActivitiesIT {
  @Autowired AccountService accounts;
  @Autowired AuditLog auditLog;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private List<AuditEntry> history(Account a) {
    return auditLog
        .find(
            admin(),
            new AuditQuery(null, "account", a.id().toString(), null, null),
            PageRequest.first(50))
        .rows();
  }

  @Test
  void everyChangeIsAuditedWithWhoBeforeAndAfter() {
    Actor admin = admin();
    Account created = fixtures.account(admin, Fixtures.unique("Acme"));
    AccountDraft changed =
        new AccountDraft(
            created.name(),
            created.kind(),
            "USD",
            created.billingMode(),
            new BigDecimal("250.5"),
            AccountStatus.SUSPENDED,
            "noc@acme.example");
    Account updated =
        ((AccountChange.Saved) accounts.update(admin, created.id(), created.version(), changed))
            .account();
    accounts.delete(admin, created.id());
    accounts.restore(admin, created.id());

    List<AuditEntry> log = history(created);
    assertThat(log)
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.RESTORE, AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(log).extracting(AuditEntry::actor).containsOnly(ADMIN);
    AuditEntry update = log.get(2);
    assertThat(update.beforeJson())
        .contains("\"status\": \"ACTIVE\"")
        .contains("\"creditLimit\": \"100\"");
    assertThat(update.afterJson())
        .contains("\"status\": \"SUSPENDED\"")
        .contains("\"creditLimit\": \"250.5\"");
    assertThat(log.get(3).beforeJson()).isNull();
    assertThat(updated.version()).isEqualTo(created.version() + 1);
  }

  @Test
  void aSoftDeletedAccountLeavesTheListAndCanBeRestored() {
    Actor admin = admin();
    Account a = fixtures.account(admin, Fixtures.unique("Gone"));
    accounts.delete(admin, a.id());
    assertThat(
            accounts
                .find(admin, new AccountFilter(a.name(), null, false), PageRequest.first(10))
                .rows())
        .isEmpty();
    assertThat(
            accounts
                .find(admin, new AccountFilter(a.name(), null, true), PageRequest.first(10))
                .rows())
        .extracting(Account::id)
        .containsExactly(a.id());
    accounts.restore(admin, a.id());
    assertThat(accounts.get(admin, a.id()).isDeleted()).isFalse();
  }

  @Test
  void badInputIsRejectedPerFieldAndNothingIsStored() {
    Actor admin = admin();
    long before = db.fetchCount(AUDIT_LOG);
    AccountChange change =
        accounts.create(admin, new AccountDraft("", null, "DOLLARS", null, null, null, null));
    assertThat(change).isInstanceOf(AccountChange.Rejected.class);
    assertThat(((AccountChange.Rejected) change).errors())
        .extracting(e -> e.field())
        .contains("name", "kind", "currency", "billingMode", "status");
    assertThat(db.fetchCount(AUDIT_LOG)).isEqualTo(before);
  }

  @Test
  void duplicateNamesAreRefusedCaseInsensitively() {
    Actor admin = admin();
    Account a = fixtures.account(admin, Fixtures.unique("Twin"));
    AccountChange again =
        accounts.create(admin, a.toDraft().normalized().withName(a.name().toUpperCase()));
    assertThat(again).isInstanceOf(AccountChange.Rejected.class);
  }

  @Test
  void aStaleEditDoesNotOverwriteANewerOne() {
    Actor admin = admin();
    Account a = fixtures.account(admin, Fixtures.unique("Race"));
    accounts.update(admin, a.id(), a.version(), a.toDraft().withName(a.name() + " Ltd"));
    AccountChange stale =
        accounts.update(admin, a.id(), a.version(), a.toDraft().withName(a.name() + " Inc"));
    assertThat(stale).isInstanceOf(AccountChange.Rejected.class);
    assertThat(accounts.get(admin, a.id()).name()).isEqualTo(a.name() + " Ltd");
  }

  @Test
  void theCurrencyIsFixedOnceTheAccountExists() {
    Actor admin = admin();
    Account a = fixtures.account(admin, Fixtures.unique("Fx"));
    AccountDraft eur =
        new AccountDraft(
            a.name(), a.kind(), "EUR", a.billingMode(), a.creditLimit(), a.status(), null);
    assertThat(accounts.update(admin, a.id(), a.version(), eur))
        .isInstanceOf(AccountChange.Rejected.class);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
    fixtures.account(admin(), Fixtures.unique("Audited"));
    assertThatThrownBy(() -> db.update(AUDIT_LOG).set(AUDIT_LOG.ACTOR, "someone-else").execute())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.deleteFrom(AUDIT_LOG).execute())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }
}
