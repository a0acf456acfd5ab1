package com.didtron.activities.switchpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.switchsync.SyncStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the sync pushes to a hosted switch (ConnexCS), against a recording stand-in for the switch
 * and DIDTron's real accounts, balances and id table.
 */
class HostedSwitchPusherIT extends ActivitiesIT {
  @Autowired Accounts accounts;
  @Autowired BalanceMonitor balances;
  @Autowired SwitchObjectRefs refs;
  @Autowired TrunkFixtures make;
  @Autowired Trunks trunks;

  /** A hosted switch that hands out ids and remembers what it was sent. */
  static final class RecordingSwitch implements HostedSwitch {
    final List<Object> pushed = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "hosted-test";
    }

    @Override
    public String pushCustomer(SwitchCustomer customer) {
      pushed.add(customer);
      return customer.switchId() == null ? "cust-" + pushed.size() : customer.switchId();
    }

    @Override
    public String pushCarrier(SwitchCarrier carrier) {
      pushed.add(carrier);
      return carrier.switchId() == null ? "carr-" + pushed.size() : carrier.switchId();
    }

    @Override
    public RateCardRevision pushRateCard(SwitchRateCard card) {
      throw new AssertionError("not expected");
    }

    @Override
    public String pushRoute(SwitchRoute route) {
      throw new AssertionError("not expected");
    }

    @Override
    public String pushDid(SwitchDid did) {
      throw new AssertionError("not expected");
    }

    @Override
    public SwitchCdrBatch pullCdrs(CdrCursor cursor, Instant until) {
      throw new AssertionError("not expected");
    }

    @Override
    public List<BreakoutRow> pullBreakout(BreakoutQuery query) {
      throw new AssertionError("not expected");
    }
  }

  private final RecordingSwitch hosted = new RecordingSwitch();

  private HostedSwitchPusher pusher() {
    return new HostedSwitchPusher(hosted, accounts, balances, refs);
  }

  private static SyncObject object(ObjectType type, Account a) {
    return new SyncObject(
        "hosted-test",
        type,
        a.id().toString(),
        a.tenantId(),
        a.id(),
        SyncStatus.PENDING,
        Instant.now(),
        null,
        0,
        Change.UPSERT,
        1,
        1,
        1);
  }

  @Test
  void aCustomerGoesToTheHostedSwitchWithItsStatusAndCreditAndIsUpdatedByItsIdAfterwards() {
    Account customer = make.account(admin(), "hosted-customer", AccountKind.CUSTOMER);

    pusher().push(object(ObjectType.BALANCE, customer));
    trunks.suspend(admin(), customer.id(), "testing the hosted switch");
    pusher().push(object(ObjectType.ACCOUNT_STATUS, customer));

    assertThat(hosted.pushed).hasSize(2);
    SwitchCustomer created = (SwitchCustomer) hosted.pushed.get(0);
    assertThat(created.switchId()).isNull();
    assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(created.credit().credit()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(created.credit().debitLimit()).isEqualByComparingTo("100");
    SwitchCustomer updated = (SwitchCustomer) hosted.pushed.get(1);
    assertThat(updated.switchId()).isEqualTo("cust-1");
    assertThat(updated.status()).isEqualTo(AccountStatus.SUSPENDED);
    assertThat(refs.remoteId("hosted-test", Kind.CUSTOMER, customer.id().toString()))
        .hasValue("cust-1");
  }

  @Test
  void aCarrierGoesAsACarrierAndTrunksLimitsAndDidsNeedNothingOnThePort() {
    Account carrier = make.account(admin(), "hosted-carrier", AccountKind.CARRIER);

    pusher().push(object(ObjectType.ACCOUNT_STATUS, carrier));
    pusher().push(object(ObjectType.LIMITS, carrier));

    assertThat(hosted.pushed).singleElement().isInstanceOf(SwitchCarrier.class);
    assertThat(refs.remoteId("hosted-test", Kind.CARRIER, carrier.id().toString()))
        .hasValue("carr-1");
  }

  @Test
  void routesAndRateCardsAreRefusedSoTheyShowAsFailedRatherThanSilentlyInSync() {
    Account customer = make.account(admin(), "hosted-routes", AccountKind.CUSTOMER);

    assertThatThrownBy(() -> pusher().push(object(ObjectType.ROUTES, customer)))
        .hasMessageContaining("not pushed to hosted-test yet");
    assertThat(hosted.pushed).isEmpty();
  }
}
