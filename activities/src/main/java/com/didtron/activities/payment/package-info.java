/**
 * Payments: top-ups through Stripe (Checkout Session + signed webhook) and PayPal (orders API +
 * verified webhook), manual top-ups and adjustments by finance staff, refunds. Each provider sits
 * behind one adapter with a configurable base URL; provider events are idempotent on their event id
 * and the ledger entry on the payment id. See docs/payments.md.
 */
package com.didtron.activities.payment;
