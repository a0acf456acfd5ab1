package com.didtron.activities.siptest;

import java.time.Instant;

/** A carrier's ASR and PDD in one time bucket, for the charts. */
public record ChartPoint(
    Instant bucket, String carrierName, Double asrPercent, Long pddP50Ms, int attempts) {}
