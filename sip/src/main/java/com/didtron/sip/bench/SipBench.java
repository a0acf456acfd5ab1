package com.didtron.sip.bench;

import com.didtron.sip.sipp.SippPeer;
import com.didtron.sip.ua.CallRequest;
import com.didtron.sip.ua.CallResult;
import com.didtron.sip.ua.SipUri;
import com.didtron.sip.ua.SipUserAgent;
import com.didtron.sip.ua.TimeSource;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * How many calls per second and concurrent calls the SIP tester sustains ({@code didtron bench
 * sip}): against local SIPp peers answering at once (the {@code uas-answer.xml} scenario, RTP
 * echoed; calls spread round-robin over {@code peers} processes, since one SIPp echoes only so many
 * packets), or any target. Rate steps place short calls (no hold, no media) at rising calls per
 * second; concurrency steps hold calls with media so that N calls are up at once. Each call runs on
 * a virtual thread. UDP receive-buffer drops are reported for the far end and the tester apart.
 */
public final class SipBench {
  /** What to measure. {@code target} null: {@code peers} local SIPp processes. */
  public record Settings(
      List<Double> rates,
      Duration stepLength,
      List<Integer> concurrent,
      Duration hold,
      boolean media,
      SipUri target,
      int peers) {}

  private SipBench() {}

  public static String run(Settings s) {
    List<SippPeer> peers = new ArrayList<>();
    try {
      List<SipUri> targets = new ArrayList<>();
      Set<Integer> farEndPorts = new HashSet<>();
      if (s.target() == null) {
        for (int i = 0; i < Math.max(1, s.peers()); i++) {
          SippPeer p =
              SippPeer.scenario("uas-answer.xml")
                  .set("ring_ms", 0)
                  .set("answer_ms", 0)
                  .rtpEcho()
                  .args(
                      "-max_recv_loops",
                      "10000",
                      "-max_sched_loops",
                      "10000",
                      "-buff_size",
                      "4194304")
                  .start();
          peers.add(p);
          targets.add(p.uri("4420"));
          farEndPorts.addAll(List.of(p.port(), p.mediaPort(), p.mediaPort() + 2));
        }
      } else {
        targets.add(s.target());
      }
      return measure(s, targets, farEndPorts);
    } finally {
      peers.forEach(SippPeer::close);
    }
  }

  private static String measure(Settings s, List<SipUri> targets, Set<Integer> farEndPorts) {
    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "DIDTron SIP bench: %d processors, Java %s, target %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                s.target() == null
                    ? targets.size() + " local sipp (uas-answer.xml, answers at once, RTP echo)"
                    : s.target()));
    try (SipUserAgent ua =
        SipUserAgent.start(
            SipUserAgent.Config.towards(targets.getFirst().host()), TimeSource.SYSTEM)) {
      IntFunction<CallRequest> shortCall =
          i -> CallRequest.to(targets.get(i % targets.size())).withMedia(false);
      step(ua, shortCall, 50, 50, farEndPorts);
      for (double cps : s.rates().stream().filter(r -> r > 0).toList()) {
        int calls = (int) Math.max(1, Math.round(cps * s.stepLength().toMillis() / 1000.0));
        report.append(line("rate", step(ua, shortCall, calls, cps, farEndPorts)));
      }
      IntFunction<CallRequest> heldCall =
          i ->
              CallRequest.to(targets.get(i % targets.size()))
                  .withHold(s.hold())
                  .withMedia(s.media());
      for (int n : s.concurrent().stream().filter(n -> n > 0).toList()) {
        report.append(
            line("concurrent", step(ua, heldCall, n, Math.max(10, n / 10.0), farEndPorts)));
      }
    }
    return report.toString();
  }

  /** Starts {@code calls} calls at {@code cps}, each on a virtual thread; waits for all of them. */
  static LoadStep step(
      SipUserAgent ua,
      IntFunction<CallRequest> call,
      int calls,
      double cps,
      Set<Integer> farEndPorts) {
    AtomicInteger inProgress = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    List<Future<CallResult>> futures = new ArrayList<>(calls);
    long cpu0 = cpuNanos();
    long drops0 = UdpCounters.receiveBufferErrors();
    long farEnd0 = UdpCounters.dropsOnPorts(farEndPorts);
    long t0 = System.nanoTime();
    long lastStart = t0;
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < calls; i++) {
        long due = t0 + (long) (i * 1e9 / cps);
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
        lastStart = System.nanoTime();
        CallRequest request = call.apply(i);
        futures.add(
            threads.submit(
                () -> {
                  max.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
                  try {
                    return ua.call(request);
                  } finally {
                    inProgress.decrementAndGet();
                  }
                }));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double startSpan = (lastStart - t0) / 1e9;
    double cpu =
        100.0 * (cpuNanos() - cpu0) / 1e9 / seconds / Runtime.getRuntime().availableProcessors();
    long farEnd = UdpCounters.dropsOnPorts(farEndPorts) - farEnd0;
    long tester = Math.max(0, UdpCounters.receiveBufferErrors() - drops0 - farEnd);
    return new LoadStep(
        cps,
        calls <= 1 || startSpan == 0 ? cps : (calls - 1) / startSpan,
        max.get(),
        seconds,
        cpu,
        farEnd,
        tester,
        futures.stream().map(Future::resultNow).toList());
  }

  private static String line(String kind, LoadStep s) {
    return String.format(
        Locale.ROOT,
        "%-10s offered %6.1f cps, achieved %6.1f cps, %5d calls, max %4d up at once, answered %6.2f%%, "
            + "setup p50 %s ms p95 %s ms, CPU %3.0f%%, UDP drops far end %d / tester %d, %.1f s %s%s%n",
        kind,
        s.offeredCps(),
        s.achievedCps(),
        s.results().size(),
        s.maxConcurrent(),
        s.answeredPercent(),
        s.setupPercentile(50),
        s.setupPercentile(95),
        s.cpuPercent(),
        s.farEndDrops(),
        s.testerDrops(),
        s.seconds(),
        s.outcomes(),
        s.media());
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
