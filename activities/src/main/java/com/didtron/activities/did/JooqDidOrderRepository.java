package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;
import static com.didtron.activities.db.Tables.DID_ORDER;
import static com.didtron.activities.db.Tables.DID_ORDER_ITEM;

import com.didtron.activities.db.tables.records.DidOrderRecord;
import com.didtron.domain.did.DidState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * DID orders and their items, and the reservation of numbers for an order. Reserving is one
 * conditional UPDATE (AVAILABLE → RESERVED): of two orders racing for the same number exactly one
 * gets the row, the other sees zero rows updated and is told the number is no longer available.
 */
@Repository
class JooqDidOrderRepository {
  private final DSLContext db;

  JooqDidOrderRepository(DSLContext db) {
    this.db = db;
  }

  /** Order states (text column): REQUESTED, PROVISIONING, ACTIVE, FAILED, COMPENSATED. */
  record OrderRow(
      UUID id,
      UUID tenant,
      UUID account,
      String state,
      String destination,
      String failover,
      int ringTimeout,
      String requestedBy,
      String workflowId,
      String failureReason,
      Instant createdAt) {}

  record ItemRow(
      UUID id,
      UUID order,
      UUID didId,
      String number,
      BigDecimal setupPrice,
      BigDecimal monthlyPrice,
      String currency,
      String state,
      String setupLedgerRef) {}

  /**
   * Takes the number for the order if it is still AVAILABLE in the tenant; false when another order
   * (or anything else) got it first. Safe under concurrency: the WHERE re-checks the state inside
   * the UPDATE, so only one of concurrent callers can match the row.
   */
  boolean reserve(UUID tenant, UUID didId, UUID account, UUID order, Instant now, Instant until) {
    return db.update(DID_INVENTORY)
            .set(DID_INVENTORY.STATUS, DidState.RESERVED)
            .set(DID_INVENTORY.RESERVED_BY, account)
            .set(DID_INVENTORY.RESERVED_UNTIL, until)
            .set(DID_INVENTORY.RESERVED_ORDER_ID, order)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.ID.eq(didId))
            .and(DID_INVENTORY.TENANT_ID.eq(tenant))
            .and(DID_INVENTORY.STATUS.eq(DidState.AVAILABLE))
            .and(DID_INVENTORY.DELETED_AT.isNull())
            .execute()
        == 1;
  }

  /** Gives a number the order holds back to the shelf; no-op if the order does not hold it. */
  boolean free(UUID didId, UUID order, Instant now) {
    return db.update(DID_INVENTORY)
            .set(DID_INVENTORY.STATUS, DidState.AVAILABLE)
            .setNull(DID_INVENTORY.RESERVED_BY)
            .setNull(DID_INVENTORY.RESERVED_UNTIL)
            .setNull(DID_INVENTORY.RESERVED_ORDER_ID)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.ID.eq(didId))
            .and(DID_INVENTORY.STATUS.eq(DidState.RESERVED))
            .and(DID_INVENTORY.RESERVED_ORDER_ID.eq(order))
            .execute()
        == 1;
  }

  /** Activates a reserved number for the order's account with its destination. */
  boolean activate(
      UUID didId,
      UUID order,
      UUID account,
      String destination,
      String failover,
      int ringTimeout,
      Instant now) {
    return db.update(DID_INVENTORY)
            .set(DID_INVENTORY.STATUS, DidState.ACTIVE)
            .set(DID_INVENTORY.ACCOUNT_ID, account)
            .setNull(DID_INVENTORY.RESERVED_BY)
            .setNull(DID_INVENTORY.RESERVED_UNTIL)
            .setNull(DID_INVENTORY.RESERVED_ORDER_ID)
            .set(DID_INVENTORY.DESTINATION_URI, destination)
            .set(DID_INVENTORY.FAILOVER_URI, failover)
            .set(DID_INVENTORY.RING_TIMEOUT_SECONDS, ringTimeout)
            .set(DID_INVENTORY.ACTIVATED_AT, now)
            .set(DID_INVENTORY.UPDATED_AT, now)
            .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
            .where(DID_INVENTORY.ID.eq(didId))
            .and(DID_INVENTORY.STATUS.eq(DidState.RESERVED))
            .and(DID_INVENTORY.RESERVED_ORDER_ID.eq(order))
            .execute()
        == 1;
  }

  /**
   * Frees reservations whose reserved_until passed while their order is not ACTIVE or PROVISIONING;
   * returns the freed DID ids.
   */
  List<UUID> freeExpired(Instant now) {
    return db.update(DID_INVENTORY)
        .set(DID_INVENTORY.STATUS, DidState.AVAILABLE)
        .setNull(DID_INVENTORY.RESERVED_BY)
        .setNull(DID_INVENTORY.RESERVED_UNTIL)
        .setNull(DID_INVENTORY.RESERVED_ORDER_ID)
        .set(DID_INVENTORY.UPDATED_AT, now)
        .set(DID_INVENTORY.VERSION, DID_INVENTORY.VERSION.plus(1))
        .where(DID_INVENTORY.STATUS.eq(DidState.RESERVED))
        .and(DID_INVENTORY.RESERVED_UNTIL.lt(now))
        .andNotExists(
            db.selectOne()
                .from(DID_ORDER)
                .where(DID_ORDER.ID.eq(DID_INVENTORY.RESERVED_ORDER_ID))
                .and(DID_ORDER.STATE.eq("PROVISIONING")))
        .returning(DID_INVENTORY.ID)
        .fetch(DID_INVENTORY.ID);
  }

  void insertOrder(OrderRow o) {
    db.insertInto(DID_ORDER)
        .set(DID_ORDER.ID, o.id())
        .set(DID_ORDER.TENANT_ID, o.tenant())
        .set(DID_ORDER.ACCOUNT_ID, o.account())
        .set(DID_ORDER.STATE, o.state())
        .set(DID_ORDER.DESTINATION_URI, o.destination())
        .set(DID_ORDER.FAILOVER_URI, o.failover())
        .set(DID_ORDER.RING_TIMEOUT_SECONDS, o.ringTimeout())
        .set(DID_ORDER.REQUESTED_BY, o.requestedBy())
        .set(DID_ORDER.WORKFLOW_ID, o.workflowId())
        .set(DID_ORDER.CREATED_AT, o.createdAt())
        .set(DID_ORDER.UPDATED_AT, o.createdAt())
        .execute();
  }

  void insertItem(ItemRow i, Instant now) {
    db.insertInto(DID_ORDER_ITEM)
        .set(DID_ORDER_ITEM.ID, i.id())
        .set(DID_ORDER_ITEM.ORDER_ID, i.order())
        .set(DID_ORDER_ITEM.DID_ID, i.didId())
        .set(DID_ORDER_ITEM.NUMBER, i.number())
        .set(DID_ORDER_ITEM.SETUP_PRICE, i.setupPrice())
        .set(DID_ORDER_ITEM.MONTHLY_PRICE, i.monthlyPrice())
        .set(DID_ORDER_ITEM.CURRENCY, i.currency())
        .set(DID_ORDER_ITEM.STATE, i.state())
        .set(DID_ORDER_ITEM.CREATED_AT, now)
        .set(DID_ORDER_ITEM.UPDATED_AT, now)
        .execute();
  }

  void setOrderState(UUID order, String state, String reason, Instant now) {
    db.update(DID_ORDER)
        .set(DID_ORDER.STATE, state)
        .set(DID_ORDER.FAILURE_REASON, reason)
        .set(DID_ORDER.UPDATED_AT, now)
        .where(DID_ORDER.ID.eq(order))
        .execute();
  }

  void setItemState(UUID item, String state, String ledgerRef, Instant now) {
    var u = db.update(DID_ORDER_ITEM).set(DID_ORDER_ITEM.STATE, state);
    if (ledgerRef != null) {
      u = u.set(DID_ORDER_ITEM.SETUP_LEDGER_ENTRY_REF, ledgerRef);
    }
    u.set(DID_ORDER_ITEM.UPDATED_AT, now).where(DID_ORDER_ITEM.ID.eq(item)).execute();
  }

  Optional<OrderRow> order(UUID tenant, UUID id) {
    return db.selectFrom(DID_ORDER)
        .where(DID_ORDER.TENANT_ID.eq(tenant))
        .and(DID_ORDER.ID.eq(id))
        .fetchOptional(JooqDidOrderRepository::orderRow);
  }

  List<OrderRow> orders(UUID tenant, UUID account, String state, int limit) {
    var c = DID_ORDER.TENANT_ID.eq(tenant);
    if (account != null) {
      c = c.and(DID_ORDER.ACCOUNT_ID.eq(account));
    }
    if (state != null) {
      c = c.and(DID_ORDER.STATE.eq(state));
    }
    return db.selectFrom(DID_ORDER)
        .where(c)
        .orderBy(DID_ORDER.CREATED_AT.desc())
        .limit(limit)
        .fetch(JooqDidOrderRepository::orderRow);
  }

  private static OrderRow orderRow(DidOrderRecord r) {
    return new OrderRow(
        r.getId(),
        r.getTenantId(),
        r.getAccountId(),
        r.getState(),
        r.getDestinationUri(),
        r.getFailoverUri(),
        r.getRingTimeoutSeconds(),
        r.getRequestedBy(),
        r.getWorkflowId(),
        r.getFailureReason(),
        r.getCreatedAt());
  }

  List<ItemRow> items(UUID order) {
    return db.selectFrom(DID_ORDER_ITEM)
        .where(DID_ORDER_ITEM.ORDER_ID.eq(order))
        .orderBy(DID_ORDER_ITEM.NUMBER)
        .fetch(
            r ->
                new ItemRow(
                    r.getId(),
                    r.getOrderId(),
                    r.getDidId(),
                    r.getNumber(),
                    r.getSetupPrice(),
                    r.getMonthlyPrice(),
                    r.getCurrency(),
                    r.getState(),
                    r.getSetupLedgerEntryRef()));
  }
}
