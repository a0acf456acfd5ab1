package com.didtron.workflows.did;

/**
 * What one lifecycle sweep did.
 *
 * @param reservationsFreed numbers whose order hold ran out, AVAILABLE again
 * @param quarantinesEnded released numbers of our own stock, AVAILABLE again
 * @param suspended numbers suspended because their prepaid account went below zero
 * @param resumed suspended numbers back in service (balance at or above zero again)
 * @param releasesStarted release workflows started for numbers suspended past the grace
 */
public record DidSweepReport(
    int reservationsFreed, int quarantinesEnded, int suspended, int resumed, int releasesStarted) {}
