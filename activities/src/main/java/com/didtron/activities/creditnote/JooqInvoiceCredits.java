package com.didtron.activities.creditnote;

import static com.didtron.activities.db.Tables.CREDIT_NOTE;

import com.didtron.activities.invoicing.InvoiceCredits;
import com.didtron.domain.invoicing.CreditNoteStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** {@link InvoiceCredits} from the approved credit notes. */
@Component
class JooqInvoiceCredits implements InvoiceCredits {
  private final DSLContext db;

  JooqInvoiceCredits(DSLContext db) {
    this.db = db;
  }

  @Override
  public Map<UUID, BigDecimal> approved(Collection<UUID> invoiceIds) {
    Map<UUID, BigDecimal> credited = new HashMap<>();
    if (!invoiceIds.isEmpty()) {
      db.select(CREDIT_NOTE.INVOICE_ID, DSL.sum(CREDIT_NOTE.AMOUNT))
          .from(CREDIT_NOTE)
          .where(
              CREDIT_NOTE
                  .INVOICE_ID
                  .in(invoiceIds)
                  .and(CREDIT_NOTE.STATUS.eq(CreditNoteStatus.APPROVED)))
          .groupBy(CREDIT_NOTE.INVOICE_ID)
          .forEach(r -> credited.put(r.value1(), r.value2()));
    }
    return credited;
  }
}
