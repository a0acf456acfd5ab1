package com.didtron.workflows.cdr;

/**
 * What one re-rated chunk changed. The cursor fields name the last CDR examined; {@code done} is
 * true when the period has no more CDRs.
 *
 * @param examined CDRs looked at
 * @param newlyRated unrated before, rated now (charged in full)
 * @param repriced rated before and now, with another price (the difference is charged)
 * @param nowUnrated rated before, unrated now (their charge is reversed)
 */
public record RerateChunkResult(
    long examined,
    long newlyRated,
    long repriced,
    long nowUnrated,
    String lastStart,
    String lastSource,
    String lastCallId,
    boolean done) {}
