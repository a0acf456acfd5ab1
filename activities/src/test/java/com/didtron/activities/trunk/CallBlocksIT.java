package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.trunk.CallBlock;
import com.didtron.domain.user.Role;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Blocking an account's new calls without suspending it. */
class CallBlocksIT extends ActivitiesIT {
  @Autowired Trunks trunks;
  @Autowired TrunkFixtures make;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private int statusChanges(Account a) {
    return db.fetchCount(
        SWITCH_CHANGE,
        SWITCH_CHANGE.ACCOUNT_ID.eq(a.id().value()),
        SWITCH_CHANGE.OBJECT_TYPE.eq("ACCOUNT_STATUS"));
  }

  @Test
  void aBlockKeepsItsFirstReasonIsRecordedForTheSwitchOnceAndLiftingItIsAudited() {
    Actor admin = admin();
    Account customer = make.account(admin, "Blocked", AccountKind.CUSTOMER);

    CallBlock first = trunks.blockCalls(admin, customer.id(), "  Night-time premium calls ");
    CallBlock again = trunks.blockCalls(admin, customer.id(), "Another reason");

    assertThat(first.reason()).isEqualTo("Night-time premium calls");
    assertThat(again).isEqualTo(first);
    assertThat(statusChanges(customer)).isEqualTo(1);
    assertThat(trunks.unblockCalls(admin, customer.id(), "Confirmed with the customer")).isTrue();
    assertThat(trunks.unblockCalls(admin, customer.id(), "Twice")).isFalse();
    assertThat(trunks.callBlock(admin, customer.id())).isEmpty();
    assertThat(statusChanges(customer)).isEqualTo(2);
    assertThat(
            db.select(AUDIT_LOG.ACTION)
                .from(AUDIT_LOG)
                .where(
                    AUDIT_LOG.ENTITY_TYPE.eq("call_block"),
                    AUDIT_LOG.ENTITY_ID.eq(customer.id().toString()))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AUDIT_LOG.ACTION))
        .containsExactly("CREATE", "DELETE");
  }

  @Test
  void theCustomerReadsItsOwnBlockButNeitherAnothersNorMayItLiftIt() {
    Actor admin = admin();
    Account customer = make.account(admin, "OwnBlock", AccountKind.CUSTOMER);
    Account other = make.account(admin, "OtherBlock", AccountKind.CUSTOMER);
    trunks.blockCalls(admin, customer.id(), "Spend cap reached");
    Actor user = actorOf(fixtures.portalUser(admin, customer, Role.CUSTOMER));

    assertThat(trunks.callBlock(user, customer.id()))
        .hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("Spend cap reached"));
    assertThatThrownBy(() -> trunks.callBlock(user, other.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> trunks.unblockCalls(user, customer.id(), "let me call"))
        .isInstanceOf(AccessDenied.class);
    assertThat(trunks.callBlock(admin, customer.id())).isPresent();
  }

  @Test
  void aBlockNeedsAReasonOfAtMostFiveHundredCharacters() {
    Actor admin = admin();
    Account customer = make.account(admin, "NoReason", AccountKind.CUSTOMER);
    assertThatThrownBy(() -> trunks.blockCalls(admin, customer.id(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> trunks.blockCalls(admin, customer.id(), "x".repeat(501)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500");
    assertThat(trunks.callBlock(admin, customer.id())).isEmpty();
  }
}
