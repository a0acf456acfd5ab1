/**
 * FX: daily rates from Open Exchange Rates cached in PostgreSQL (refreshed by the {@code
 * FxRatesWorkflow} cron), manual override rates per tenant, and {@link
 * com.didtron.activities.fx.FxRates} — the rate of a day between two currencies, which every ledger
 * posting carries into the tenant's base currency.
 */
package com.didtron.activities.fx;
