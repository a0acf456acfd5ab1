package com.didtron.workflows.invoicing;

import java.util.UUID;

/**
 * The invoice of a period, or nothing to bill.
 *
 * @param invoiceId null when the period had nothing to bill (no invoice, no number used)
 * @param created whether this call issued it (false: it existed already — a retry or a second run)
 */
public record IssuedInvoice(UUID invoiceId, String number, boolean created) {
  public boolean billed() {
    return invoiceId != null;
  }
}
