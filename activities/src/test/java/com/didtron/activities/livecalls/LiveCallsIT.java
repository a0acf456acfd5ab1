package com.didtron.activities.livecalls;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchsync.SwitchUnreachable;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.FakeSwitchRpc.Dialog;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Calls in progress read from the switch (a JSON-RPC stand-in) and hung up, per audience. */
class LiveCallsIT extends ActivitiesIT {
  private static final AtomicInteger IDS = new AtomicInteger(7000);
  @Autowired LiveCalls live;
  @Autowired Fixtures fixtures;
  @Autowired TrunkFixtures make;
  @Autowired DSLContext db;
  @Autowired Clock clock;

  private Account customer;
  private Account other;
  private Trunk office;
  private Dialog own;
  private Dialog others;
  private Dialog ringing;
  private Dialog unknown;
  private Dialog foreign;
  private FakeSwitchRpc rpc;

  @BeforeEach
  void twoCustomersCallingThroughTheSwitch() {
    customer = make.account(admin(), Fixtures.unique("LiveCustomer"), AccountKind.CUSTOMER);
    other = make.account(admin(), Fixtures.unique("LiveOther"), AccountKind.CUSTOMER);
    office =
        make.create(
            admin(),
            customer,
            TrunkFixtures.ingress("Office", TrunkFixtures.uniqueBlock(), null, null));
    TenantId brand = fixtures.tenant(Fixtures.unique("live").toLowerCase());
    Account foreignAccount = fixtures.account(admin().inTenant(brand), Fixtures.unique("Foreign"));
    long answered = clock.instant().getEpochSecond() - 95;
    own = dialog(customer.id().toString(), office.id().toString(), "gw-carrier-a", 4, answered);
    ringing = dialog(customer.id().toString(), "trunk-tag", "gw-carrier-b", 2, 0);
    others = dialog(other.id().toString(), "x", "gw-carrier-a", 4, answered);
    unknown = dialog("17", "", "gw-carrier-a", 4, answered);
    foreign = dialog(foreignAccount.id().toString(), "", "gw-carrier-z", 4, answered);
    rpc = FakeSwitchRpc.running(own, ringing, others, unknown, foreign);
  }

  @AfterEach
  void switchGone() {
    rpc.close();
  }

  private static Dialog dialog(
      String account, String trunk, String gateway, int state, long startTs) {
    int n = IDS.addAndGet(2);
    return new Dialog(
        n, n + 1, "call-" + n, "caller" + n, "4420" + n, account, trunk, gateway, state, startTs);
  }

  @Test
  void staffSeeTheirTenantsCallsWithAccountTrunkNameAndCarrierGateway() {
    var calls = live.list(admin(), null);
    assertThat(calls).extracting(LiveCall::id).doesNotContain(foreign.hangUpId());
    LiveCall call = byId(calls, own);
    assertThat(call.accountName()).isEqualTo(customer.name());
    assertThat(call.trunk()).isEqualTo("Office");
    assertThat(call.gateway()).isEqualTo("gw-carrier-a");
    assertThat(call.from()).isEqualTo(own.fromUser());
    assertThat(call.to()).isEqualTo(own.toUser());
    assertThat(call.state()).isEqualTo(LiveCall.State.ANSWERED);
    assertThat(call.duration().toSeconds()).isBetween(95L, 3600L);
    assertThat(byId(calls, ringing).state()).isEqualTo(LiveCall.State.RINGING);
    assertThat(byId(calls, ringing).answeredAt()).isNull();
    assertThat(byId(calls, unknown).accountName())
        .as("a super admin also sees calls the switch names no account for")
        .isEqualTo("switch account 17");

    Actor analyst = actorOf(fixtures.staffUser(admin(), Role.ANALYST));
    assertThat(live.list(analyst, null))
        .extracting(LiveCall::id)
        .contains(own.hangUpId(), others.hangUpId())
        .doesNotContain(unknown.hangUpId(), foreign.hangUpId());
    assertThat(live.list(analyst, other.id()))
        .extracting(LiveCall::id)
        .containsExactly(others.hangUpId());
  }

  @Test
  void aCustomerSeesOnlyItsOwnCallsAndNeverTheCarrierGateway() {
    Actor user = actorOf(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    var calls = live.list(user, null);
    assertThat(calls)
        .extracting(LiveCall::id)
        .containsExactlyInAnyOrder(own.hangUpId(), ringing.hangUpId());
    assertThat(calls).extracting(LiveCall::gateway).containsOnlyNulls();
    assertThatThrownBy(() -> live.list(user, other.id()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No such account");
  }

  @Test
  void aCarrierUserIsRefusedAnyCall() {
    Account carrier = make.account(admin(), Fixtures.unique("LiveCarrier"), AccountKind.CARRIER);
    Actor user = actorOf(fixtures.portalUser(admin(), carrier, Role.CARRIER));
    assertThatThrownBy(() -> live.list(user, null)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> live.hangUp(user, own.hangUpId())).isInstanceOf(AccessDenied.class);
    assertThat(rpc.hangUpsOf(own)).isZero();
  }

  @Test
  void aCustomerHangsUpItsOwnCallAndTheHangUpIsAudited() {
    String email = fixtures.portalUser(admin(), customer, Role.CUSTOMER);
    LiveCall gone = live.hangUp(actorOf(email), own.hangUpId());
    assertThat(gone.callId()).isEqualTo(own.callId());
    assertThat(rpc.hangUpsOf(own)).isEqualTo(1);
    var entry =
        db.selectFrom(AUDIT_LOG)
            .where(AUDIT_LOG.ENTITY_TYPE.eq("live_call"))
            .and(AUDIT_LOG.ENTITY_ID.eq(own.hangUpId()))
            .fetchSingle();
    assertThat(entry.getActor()).isEqualTo(email);
    assertThat(entry.getAction()).isEqualTo("DELETE");
    assertThat(entry.getBefore().data()).contains(own.callId()).contains(customer.name());
  }

  @Test
  void anotherCustomersCallAnUnknownCallAndAReadOnlyStaffHangUpAreRefused() {
    Actor stranger = actorOf(fixtures.portalUser(admin(), other, Role.CUSTOMER));
    assertThatThrownBy(() -> live.hangUp(stranger, own.hangUpId()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("No such call in progress");
    assertThatThrownBy(() -> live.hangUp(admin(), "999999:1"))
        .isInstanceOf(NoSuchElementException.class);
    Actor analyst = actorOf(fixtures.staffUser(admin(), Role.ANALYST));
    assertThatThrownBy(() -> live.hangUp(analyst, own.hangUpId())).isInstanceOf(AccessDenied.class);
    assertThat(rpc.hangUpsOf(own)).isZero();
  }

  @Test
  void aSwitchThatDoesNotAnswerIsReportedAsUnreachable() {
    rpc.close();
    assertThatThrownBy(() -> live.list(admin(), null)).isInstanceOf(SwitchUnreachable.class);
    assertThatThrownBy(() -> live.hangUp(admin(), own.hangUpId()))
        .isInstanceOf(SwitchUnreachable.class);
  }

  private static LiveCall byId(java.util.List<LiveCall> calls, Dialog d) {
    return calls.stream().filter(c -> c.id().equals(d.hangUpId())).findFirst().orElseThrow();
  }
}
