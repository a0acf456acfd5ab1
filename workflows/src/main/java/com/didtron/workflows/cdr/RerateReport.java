package com.didtron.workflows.cdr;

/** What a whole re-rate changed; see {@link RerateChunkResult}. */
public record RerateReport(
    long examined, long newlyRated, long repriced, long nowUnrated, int chunks) {}
