package com.didtron.sip.quality;

import com.didtron.sip.ua.CallOutcome;
import java.util.Collection;
import java.util.List;

/**
 * Carrier quality figures over a set of calls.
 *
 * <ul>
 *   <li>ASR = answered / attempts, in percent
 *   <li>NER = (answered + busy + no answer + terminal rejects) / attempts, in percent
 *   <li>ACD = mean talk time of answered calls, in seconds
 *   <li>PDD p50 / p95 = nearest-rank percentiles of the measured post-dial delays, in ms
 *   <li>MOS = mean of the calls' MOS estimates
 * </ul>
 *
 * Figures without data (no attempts, no answered call, no PDD, no media) are null.
 */
public record Kpis(
    int attempts,
    int answered,
    Double asrPercent,
    Double nerPercent,
    Double acdSeconds,
    Long pddP50Ms,
    Long pddP95Ms,
    Double mos) {

  public static final Kpis EMPTY = new Kpis(0, 0, null, null, null, null, null, null);

  public static Kpis of(Collection<CallSample> calls) {
    int attempts = calls.size();
    if (attempts == 0) {
      return EMPTY;
    }
    int answered = 0;
    int effective = 0;
    long talkMs = 0;
    double mosSum = 0;
    int mosCount = 0;
    for (CallSample c : calls) {
      if (c.outcome() == CallOutcome.ANSWERED) {
        answered++;
        talkMs += c.durationMs();
      }
      if (CallOutcome.networkEffective(c.outcome(), c.sipCode())) {
        effective++;
      }
      if (c.mos() != null) {
        mosSum += c.mos();
        mosCount++;
      }
    }
    List<Long> pdds = calls.stream().map(CallSample::pddMs).filter(p -> p != null).toList();
    return new Kpis(
        attempts,
        answered,
        100.0 * answered / attempts,
        100.0 * effective / attempts,
        answered == 0 ? null : talkMs / 1000.0 / answered,
        Percentiles.of(pdds, 50),
        Percentiles.of(pdds, 95),
        mosCount == 0 ? null : mosSum / mosCount);
  }
}
