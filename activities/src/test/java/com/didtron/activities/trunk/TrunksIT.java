package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static com.didtron.activities.db.Tables.TRUNK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Trunks, limits and suspension through the {@link Trunks} façade, on the real database. */
class TrunksIT extends ActivitiesIT {
  @Autowired Trunks trunks;
  @Autowired TrunkFixtures make;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private List<String> audited(String entityType, String id) {
    return db.select(AUDIT_LOG.ACTION)
        .from(AUDIT_LOG)
        .where(AUDIT_LOG.ENTITY_TYPE.eq(entityType))
        .and(AUDIT_LOG.ENTITY_ID.eq(id))
        .orderBy(AUDIT_LOG.ID)
        .fetch(AUDIT_LOG.ACTION);
  }

  private List<String> switchChanges(Account a) {
    return db.select(SWITCH_CHANGE.OBJECT_TYPE, SWITCH_CHANGE.CHANGE)
        .from(SWITCH_CHANGE)
        .where(SWITCH_CHANGE.ACCOUNT_ID.eq(a.id().value()))
        .orderBy(SWITCH_CHANGE.ID)
        .fetch(r -> r.value1() + " " + r.value2());
  }

  private static List<String> fields(TrunkChange change) {
    assertThat(change).isInstanceOf(TrunkChange.Rejected.class);
    return ((TrunkChange.Rejected) change).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aCarrierTrunkIsCreatedChangedDeletedAndRestoredWithEveryStepAuditedAndQueuedForTheSwitch() {
    Actor admin = admin();
    Account carrier = make.account(admin, "Carrier", AccountKind.CARRIER);
    Trunk t =
        make.create(admin, carrier, TrunkFixtures.egress("Primary", "sip.carrier.example:5060"));
    assertThat(t.address()).isEqualTo("sip.carrier.example:5060");
    assertThat(t.tier()).isNull();

    TrunkDraft changed = TrunkFixtures.egress("Primary", "203.0.113.9:5080");
    Trunk updated =
        ((TrunkChange.Saved) trunks.update(admin, carrier.id(), t.id(), t.version(), changed))
            .trunk();
    assertThat(updated.address()).isEqualTo("203.0.113.9:5080");
    assertThat(updated.version()).isEqualTo(t.version() + 1);
    assertThat(fields(trunks.update(admin, carrier.id(), t.id(), t.version(), changed)))
        .containsExactly("version");

    trunks.delete(admin, carrier.id(), t.id());
    assertThat(trunks.list(admin, carrier.id(), false)).isEmpty();
    assertThat(trunks.list(admin, carrier.id(), true))
        .extracting(Trunk::id)
        .containsExactly(t.id());
    assertThat(trunks.restore(admin, carrier.id(), t.id())).isInstanceOf(TrunkChange.Saved.class);
    assertThat(trunks.list(admin, carrier.id(), false))
        .extracting(Trunk::id)
        .containsExactly(t.id());

    assertThat(audited("trunk", t.id().toString()))
        .containsExactly("CREATE", "UPDATE", "DELETE", "RESTORE");
    assertThat(switchChanges(carrier))
        .containsExactly("TRUNK UPSERT", "TRUNK UPSERT", "TRUNK DELETE", "TRUNK UPSERT");
  }

  @Test
  void theDigestPasswordIsStoredOnlyAsHa1OfUsernameRealmAndPasswordAndNeverReturned() {
    Actor admin = admin();
    Account customer = make.account(admin, "Digest", AccountKind.CUSTOMER);
    String username = "u" + Fixtures.unique("d").replace("-", "");
    String password = "plain-secret-" + username;
    Trunk t =
        make.create(admin, customer, TrunkFixtures.ingress("Digest", null, username, password));

    Record row = db.selectFrom(TRUNK).where(TRUNK.ID.eq(t.id().value())).fetchSingle();
    // HA1 = md5(username:realm:password), the realm being the default "didtron"
    assertThat(row.get(TRUNK.DIGEST_HA1)).isEqualTo(md5(username + ":didtron:" + password));
    for (int i = 0; i < row.size(); i++) {
      assertThat(String.valueOf(row.get(i))).doesNotContain(password);
    }
    assertThat(t.toString()).doesNotContain(password);
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.AFTER.cast(String.class).contains(password)))
        .isZero();

    // a change without a password keeps the secret; a new password replaces it
    TrunkDraft keep = TrunkFixtures.ingress("Digest renamed", null, username, null);
    assertThat(trunks.update(admin, customer.id(), t.id(), null, keep))
        .isInstanceOf(TrunkChange.Saved.class);
    assertThat(db.fetchValue(TRUNK.DIGEST_HA1, TRUNK.ID.eq(t.id().value())))
        .isEqualTo(md5(username + ":didtron:" + password));
    TrunkDraft renamedUser = TrunkFixtures.ingress("Digest renamed", null, username + "x", null);
    assertThat(fields(trunks.update(admin, customer.id(), t.id(), null, renamedUser)))
        .containsExactly("password");
  }

  @Test
  void overlappingSourceBlocksAreRefusedAcrossAccountsButAllowedWithinOneAccount() {
    Actor admin = admin();
    Account first = make.account(admin, "First", AccountKind.CUSTOMER);
    Account second = make.account(admin, "Second", AccountKind.CUSTOMER);
    String block = TrunkFixtures.uniqueBlock();
    String host = block.replace(".0/24", ".77");
    make.create(admin, first, TrunkFixtures.ingress("Office", block, null, null));

    TrunkChange overlapping =
        trunks.create(admin, second.id(), TrunkFixtures.ingress("Mine", host, null, null));
    assertThat(fields(overlapping)).containsExactly("address");
    assertThat(((TrunkChange.Rejected) overlapping).errors().get(0).message())
        .doesNotContain(first.name())
        .doesNotContain(first.id().toString());
    assertThat(
            trunks.create(
                admin, first.id(), TrunkFixtures.ingress("Office host", host, null, null)))
        .isInstanceOf(TrunkChange.Saved.class);
    assertThat(trunks.list(admin, second.id(), false)).isEmpty();
  }

  @Test
  void aTrunkOnTheWrongSideOfTheAccountOrWithABadAddressIsRefusedPerField() {
    Actor admin = admin();
    Account customer = make.account(admin, "Side", AccountKind.CUSTOMER);
    Account carrier = make.account(admin, "Side", AccountKind.CARRIER);
    assertThat(
            fields(trunks.create(admin, customer.id(), TrunkFixtures.egress("E", "203.0.113.1"))))
        .containsExactly("direction");
    assertThat(
            fields(
                trunks.create(
                    admin, carrier.id(), TrunkFixtures.ingress("I", "198.51.100.1", null, null))))
        .containsExactly("direction");
    assertThat(
            fields(
                trunks.create(
                    admin, carrier.id(), TrunkFixtures.egress("E", "sip.carrier.example"))))
        .containsExactly("address");
    assertThat(
            fields(
                trunks.create(
                    admin, customer.id(), TrunkFixtures.ingress("I", "300.1.1.1/24", null, null))))
        .containsExactly("address");
    assertThat(
            db.fetchCount(TRUNK, TRUNK.ACCOUNT_ID.in(customer.id().value(), carrier.id().value())))
        .isZero();
    assertThat(switchChanges(customer)).as("nothing refused reaches the switch outbox").isEmpty();
    assertThat(switchChanges(carrier)).isEmpty();
  }

  @Test
  void aCustomerSeesOnlyItsOwnIngressTrunksAndNoOtherAccountsAndCannotChangeThem() {
    Actor admin = admin();
    Account both = make.account(admin, "Both", AccountKind.BOTH);
    Account other = make.account(admin, "Other", AccountKind.CUSTOMER);
    Trunk in =
        make.create(
            admin, both, TrunkFixtures.ingress("In", TrunkFixtures.uniqueBlock(), null, null));
    Trunk out = make.create(admin, both, TrunkFixtures.egress("Out", "203.0.113.20"));
    Actor customer = actorOf(fixtures.portalUser(admin, both, Role.CUSTOMER));
    Actor carrier = actorOf(fixtures.portalUser(admin, both, Role.CARRIER));

    assertThat(trunks.list(customer, both.id(), false))
        .extracting(Trunk::direction)
        .containsExactly(TrunkDirection.INGRESS);
    assertThat(trunks.list(carrier, both.id(), false))
        .extracting(Trunk::direction)
        .containsExactly(TrunkDirection.EGRESS);
    assertThatThrownBy(() -> trunks.get(customer, both.id(), out.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> trunks.list(customer, other.id(), false))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> trunks.delete(customer, both.id(), in.id()))
        .isInstanceOf(AccessDenied.class);
    assertThat(trunks.get(customer, both.id(), in.id()).name()).isEqualTo("In");
  }

  @Test
  void limitsBelowZeroAreRefusedAndValidLimitsAreStoredExactlyWithPrefixesDeduplicated() {
    Actor admin = admin();
    Account customer = make.account(admin, "Limits", AccountKind.CUSTOMER);
    LimitsChange bad =
        trunks.setLimits(
            admin,
            customer.id(),
            new LimitsDraft(-1, 2, new BigDecimal("-5"), new BigDecimal("0.01"), List.of("44")));
    assertThat(((LimitsChange.Rejected) bad).errors())
        .extracting(FieldError::field)
        .containsExactly("maxChannels", "dailySpendCap");
    assertThat(trunks.limits(admin, customer.id())).isEqualTo(AccountLimits.none(customer.id()));

    trunks.setLimits(
        admin,
        customer.id(),
        new LimitsDraft(
            20,
            5,
            new BigDecimal("150.125"),
            new BigDecimal("0.0450"),
            List.of("449", "44", "449")));
    AccountLimits stored = trunks.limits(admin, customer.id());
    assertThat(stored.dailySpendCap()).isEqualByComparingTo("150.125");
    assertThat(stored.maxRatePerMinute()).isEqualByComparingTo("0.045");
    assertThat(stored.blockedPrefixes()).containsExactly("44", "449");
    assertThat(audited("account_limits", customer.id().toString())).containsExactly("CREATE");
    assertThat(switchChanges(customer)).containsExactly("LIMITS UPSERT");
  }

  @Test
  void suspendingAndResumingChangeTheAccountStatusAndAuditTheReason() {
    Actor admin = admin();
    Account customer = make.account(admin, "Suspend", AccountKind.CUSTOMER);
    AccountChange noReason = trunks.suspend(admin, customer.id(), " ");
    assertThat(((AccountChange.Rejected) noReason).errors())
        .extracting(FieldError::field)
        .containsExactly("reason");

    Account suspended =
        ((AccountChange.Saved) trunks.suspend(admin, customer.id(), "Fraud suspected")).account();
    assertThat(suspended.status()).isEqualTo(AccountStatus.SUSPENDED);
    Account resumed =
        ((AccountChange.Saved) trunks.resume(admin, customer.id(), "Cleared by NOC")).account();
    assertThat(resumed.status()).isEqualTo(AccountStatus.ACTIVE);

    List<String> reasons =
        db.select(AUDIT_LOG.AFTER)
            .from(AUDIT_LOG)
            .where(AUDIT_LOG.ENTITY_TYPE.eq("account_suspension"))
            .and(AUDIT_LOG.ENTITY_ID.eq(customer.id().toString()))
            .orderBy(AUDIT_LOG.ID)
            .fetch(r -> r.value1().data());
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0)).contains("SUSPENDED").contains("Fraud suspected");
    assertThat(reasons.get(1)).contains("ACTIVE").contains("Cleared by NOC");
    assertThat(switchChanges(customer))
        .containsExactly("ACCOUNT_STATUS UPSERT", "ACCOUNT_STATUS UPSERT");
  }

  private static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
