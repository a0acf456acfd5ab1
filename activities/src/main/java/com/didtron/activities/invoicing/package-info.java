/**
 * The invoicing cycle: one Temporal run per account and billing period, usage through the {@link
 * com.didtron.activities.invoicing.InvoiceUsageSource} seam, DID accruals, tax, gap-free numbers,
 * PDF and email, ledger entries. See docs/settlement.md.
 */
package com.didtron.activities.invoicing;
