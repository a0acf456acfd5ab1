package com.didtron.activities.switchsync;

import static com.didtron.activities.db.Tables.SWITCH_CHANGE;

import com.didtron.activities.Facade;
import com.didtron.domain.account.AccountControlChanged;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch outbox ({@code switch_change}): every change the switch must learn is recorded in the
 * transaction that makes it, so it commits or rolls back with the change and is never lost. The
 * sync workflow that pushes pending rows to Kamailio or ConnexCS reads them in id order per
 * account.
 */
@Facade
@Component
public class SwitchChanges {
  /** What changed. */
  public enum ObjectType {
    TRUNK,
    LIMITS,
    ACCOUNT_STATUS
  }

  /** Whether the switch should (re)write the object or remove it. */
  public enum Change {
    UPSERT,
    DELETE
  }

  private final DSLContext db;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public SwitchChanges(DSLContext db, Clock clock, ApplicationEventPublisher events) {
    this.db = db;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      TenantId tenant, AccountId account, ObjectType type, String objectId, Change change) {
    db.insertInto(SWITCH_CHANGE)
        .set(SWITCH_CHANGE.TENANT_ID, tenant.value())
        .set(SWITCH_CHANGE.ACCOUNT_ID, account.value())
        .set(SWITCH_CHANGE.OBJECT_TYPE, type.name())
        .set(SWITCH_CHANGE.OBJECT_ID, objectId)
        .set(SWITCH_CHANGE.CHANGE, change.name())
        .set(SWITCH_CHANGE.CREATED_AT, clock.instant())
        .execute();
    // in-process listeners (credit control) act after commit; the outbox row is for the switch
    events.publishEvent(new AccountControlChanged(tenant, account));
  }
}
