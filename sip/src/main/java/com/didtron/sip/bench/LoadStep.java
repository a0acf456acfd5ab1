package com.didtron.sip.bench;

import com.didtron.sip.quality.Percentiles;
import com.didtron.sip.ua.CallOutcome;
import com.didtron.sip.ua.CallResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one load step measured.
 *
 * @param offeredCps calls per second the step tried to start
 * @param achievedCps calls actually started per second (first to last start)
 * @param maxConcurrent most calls in progress at the same moment
 * @param cpuPercent this process's CPU use over the step, in percent of all cores
 * @param farEndDrops UDP datagrams dropped for full receive buffers at the local SIPp peers'
 *     sockets
 * @param testerDrops the host's other receive-buffer drops during the step: the tester's sockets
 */
record LoadStep(
    double offeredCps,
    double achievedCps,
    int maxConcurrent,
    double seconds,
    double cpuPercent,
    long farEndDrops,
    long testerDrops,
    List<CallResult> results) {

  Map<CallOutcome, Integer> outcomes() {
    Map<CallOutcome, Integer> m = new EnumMap<>(CallOutcome.class);
    results.forEach(r -> m.merge(r.outcome(), 1, Integer::sum));
    return m;
  }

  double answeredPercent() {
    return results.isEmpty()
        ? 0
        : 100.0 * outcomes().getOrDefault(CallOutcome.ANSWERED, 0) / results.size();
  }

  Long setupPercentile(double p) {
    return Percentiles.of(
        results.stream().map(CallResult::setupMs).filter(v -> v != null).toList(), p);
  }

  /** Mean MOS, loss and jitter of the calls that had media, or "" without media. */
  String media() {
    List<CallResult> withMedia = results.stream().filter(r -> r.media() != null).toList();
    if (withMedia.isEmpty()) {
      return "";
    }
    double mos = withMedia.stream().mapToDouble(r -> r.media().mos()).average().orElse(0);
    double loss = withMedia.stream().mapToDouble(r -> r.media().lossPercent()).average().orElse(0);
    double jitter = withMedia.stream().mapToDouble(r -> r.media().jitterMs()).average().orElse(0);
    return String.format(Locale.ROOT, "  MOS %.2f, loss %.2f%%, jitter %.2f ms", mos, loss, jitter);
  }
}
