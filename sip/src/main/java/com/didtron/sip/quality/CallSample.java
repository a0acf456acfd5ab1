package com.didtron.sip.quality;

import com.didtron.sip.ua.CallOutcome;

/**
 * The figures of one finished test call that the KPIs are computed from.
 *
 * @param sipCode final SIP code, 0 when none was received
 * @param pddMs post-dial delay, or null when not measured
 * @param durationMs talk time of an answered call, 0 otherwise
 * @param mos MOS estimate, or null without media
 */
public record CallSample(
    CallOutcome outcome, int sipCode, Long pddMs, long durationMs, Double mos) {}
