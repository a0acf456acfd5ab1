package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.RATE_CARD;

import com.didtron.activities.account.AccountReferences;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A rate card keeps the account that owns it. */
@Component
class RateCardAccountReferences implements AccountReferences {
  private final DSLContext db;

  RateCardAccountReferences(DSLContext db) {
    this.db = db;
  }

  @Override
  public Set<UUID> referenced(Collection<UUID> accountIds) {
    return AccountReferences.among(db, RATE_CARD.OWNER_ACCOUNT_ID, accountIds);
  }
}
