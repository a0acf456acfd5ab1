package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidState;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers a tenant sells. Staff of the tenant read the inventory with supplier and cost; super
 * admins and tenant admins import and delete. Customers (and staff) search the AVAILABLE numbers
 * with the tenant's sell prices ({@link DidOffer}: never cost nor supplier). Everything acts in the
 * actor's tenant, so a customer of one tenant never meets another tenant's numbers.
 */
@Facade
@Service
public class DidInventory {
  static final String ENTITY = "did_inventory";

  /** States a number may be deleted in: nobody holds it. */
  private static final Set<DidState> DELETABLE =
      EnumSet.of(DidState.AVAILABLE, DidState.QUARANTINE, DidState.RELEASED);

  private final JooqDidInventoryRepository numbers;
  private final DidOffers offers;
  private final InventoryImporter importer;
  private final DidProductAccess access;
  private final AuditTrail audit;
  private final Clock clock;

  DidInventory(
      JooqDidInventoryRepository numbers,
      DidOffers offers,
      InventoryImporter importer,
      DidProductAccess access,
      AuditTrail audit,
      Clock clock) {
    this.numbers = numbers;
    this.offers = offers;
    this.importer = importer;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports a CSV file (see {@code docs/dids.md}) into the actor's tenant as AVAILABLE numbers of
   * {@code provider}: every line or none.
   *
   * @param defaultCurrency the currency of rows without a currency column, or null
   */
  @Transactional
  public InventoryImport importCsv(
      Actor actor, String provider, String defaultCurrency, String sourceName, InputStream csv) {
    AccessPolicy.requireAdmin(actor);
    return importer.run(actor, provider, defaultCurrency, sourceName, csv);
  }

  /** The inventory for staff, in number order. */
  @Transactional(readOnly = true)
  public List<InventoryNumber> list(Actor actor, InventoryFilter filter) {
    AccessPolicy.requireStaff(actor);
    return numbers.find(actor.tenantId().value(), filter);
  }

  /** How many live numbers the tenant has in {@code state} (null: in any state). */
  @Transactional(readOnly = true)
  public long count(Actor actor, DidState state) {
    AccessPolicy.requireStaff(actor);
    return numbers.count(actor.tenantId().value(), state);
  }

  @Transactional(readOnly = true)
  public InventoryNumber get(Actor actor, UUID id) {
    AccessPolicy.requireStaff(actor);
    return numbers.get(actor.tenantId().value(), id, false).orElseThrow(DidInventory::noSuch);
  }

  /**
   * The tenant's AVAILABLE numbers matching {@code search}, with their sell prices. Customers see
   * only numbers that have a sell price; staff see every available number (price null when none).
   */
  @Transactional(readOnly = true)
  public List<DidOffer> search(Actor actor, DidSearch search) {
    access.requireSearch(actor);
    return offers.search(actor.tenantId().value(), search, !actor.isStaff(), clock.instant());
  }

  /** Soft delete of a number nobody holds; restorable. Audited. */
  @Transactional
  public InventoryNumber delete(Actor actor, UUID id) {
    AccessPolicy.requireAdmin(actor);
    InventoryNumber before =
        numbers.get(actor.tenantId().value(), id, true).orElseThrow(DidInventory::noSuch);
    if (before.isDeleted()) {
      return before;
    }
    if (!DELETABLE.contains(before.state())) {
      throw new IllegalArgumentException(
          "Number " + before.number() + " is " + before.state() + "; release it before deleting");
    }
    InventoryNumber after = numbers.setDeleted(id, clock.instant(), actor.name());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.DELETE,
        ENTITY,
        id.toString(),
        InventorySnapshot.of(before),
        InventorySnapshot.of(after));
    return after;
  }

  /** Brings a deleted number back, unless the number was imported again meanwhile. Audited. */
  @Transactional
  public InventoryNumber restore(Actor actor, UUID id) {
    AccessPolicy.requireAdmin(actor);
    InventoryNumber before =
        numbers.get(actor.tenantId().value(), id, true).orElseThrow(DidInventory::noSuch);
    if (!before.isDeleted()) {
      return before;
    }
    if (numbers.liveNumberExists(actor.tenantId().value(), before.number())) {
      throw new IllegalArgumentException(
          "Number " + before.number() + " is in the inventory again; delete that one first");
    }
    InventoryNumber after = numbers.restore(id, clock.instant());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.RESTORE,
        ENTITY,
        id.toString(),
        InventorySnapshot.of(before),
        InventorySnapshot.of(after));
    return after;
  }

  static NoSuchElementException noSuch() {
    return new NoSuchElementException("No such number in the inventory");
  }
}
