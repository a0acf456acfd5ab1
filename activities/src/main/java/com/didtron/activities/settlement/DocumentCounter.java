package com.didtron.activities.settlement;

import static com.didtron.activities.db.Tables.DOCUMENT_COUNTER;

import com.didtron.activities.Facade;
import com.didtron.domain.invoicing.DocumentNumbers;
import com.didtron.domain.tenant.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per tenant and document kind. The counter row is incremented (and so locked) in
 * the caller's transaction, which also stores the document and posts its entries: if that
 * transaction rolls back, so does the increment, and a concurrent caller waits for the lock and
 * then takes the next number. No number is ever skipped or used twice.
 */
@Component
@Facade
public class DocumentCounter {
  private final DSLContext db;

  DocumentCounter(DSLContext db) {
    this.db = db;
  }

  /** The next sequence number; the row stays locked until the caller's transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long next(TenantId tenant, DocumentNumbers.Kind kind) {
    return db.insertInto(DOCUMENT_COUNTER)
        .set(DOCUMENT_COUNTER.TENANT_ID, tenant.value())
        .set(DOCUMENT_COUNTER.KIND, kind.name())
        .set(DOCUMENT_COUNTER.LAST_VALUE, 1L)
        .onConflict(DOCUMENT_COUNTER.TENANT_ID, DOCUMENT_COUNTER.KIND)
        .doUpdate()
        .set(DOCUMENT_COUNTER.LAST_VALUE, DOCUMENT_COUNTER.LAST_VALUE.plus(1))
        .returning(DOCUMENT_COUNTER.LAST_VALUE)
        .fetchOne(DOCUMENT_COUNTER.LAST_VALUE);
  }
}
