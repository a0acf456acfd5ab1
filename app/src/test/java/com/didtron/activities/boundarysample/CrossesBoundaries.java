package com.didtron.activities.boundarysample;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.invoicing.BillingSettingsService;
import java.util.UUID;
import org.jooq.DSLContext;

/** What FeatureBoundariesTest must refuse: another feature's table and a type that is no façade. */
final class CrossesBoundaries {
  private CrossesBoundaries() {}

  static String nameOf(DSLContext db, UUID id) {
    return db.select(ACCOUNT.NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne(ACCOUNT.NAME);
  }

  static Class<?> internals() {
    return BillingSettingsService.class;
  }
}
