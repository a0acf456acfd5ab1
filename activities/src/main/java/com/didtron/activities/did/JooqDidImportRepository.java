package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_IMPORT;

import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The log of inventory imports, and the lock that queues a tenant's imports. */
@Repository
class JooqDidImportRepository {
  private final DSLContext db;

  JooqDidImportRepository(DSLContext db) {
    this.db = db;
  }

  /** Holds the tenant's import lock until the transaction ends. */
  void lockTenant(UUID tenant) {
    db.resultQuery("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", "did-import:" + tenant)
        .fetch();
  }

  /**
   * Refreshes the planner's statistics of did_inventory (as its owner, V10_11_1): inside the
   * import's transaction, ANALYZE counts the rows it has just inserted.
   */
  void analyzeInventory() {
    db.resultQuery("SELECT did_inventory_analyze()").fetch();
  }

  void insert(
      UUID id, UUID tenant, String provider, String sourceName, int rows, String by, Instant at) {
    db.insertInto(DID_IMPORT)
        .set(DID_IMPORT.ID, id)
        .set(DID_IMPORT.TENANT_ID, tenant)
        .set(DID_IMPORT.PROVIDER, provider)
        .set(DID_IMPORT.SOURCE_NAME, sourceName)
        .set(DID_IMPORT.ROWS_ADDED, rows)
        .set(DID_IMPORT.CREATED_BY, by)
        .set(DID_IMPORT.CREATED_AT, at)
        .execute();
  }
}
