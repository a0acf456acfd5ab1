package com.didtron.domain.money;

/**
 * Published (as a Spring application event, inside the transaction) when exchange rates changed: a
 * day's published rates were stored or a manual override was set. Listeners act after the
 * transaction commits (credit control re-reads the rates it holds in memory).
 */
public record FxRatesChanged(String source) {}
