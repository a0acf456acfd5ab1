package com.didtron.workflows.invoicing;

import java.util.UUID;

/** What the run did: the invoice (null when there was nothing to bill) and its number. */
public record InvoiceRunResult(UUID invoiceId, String number) {}
