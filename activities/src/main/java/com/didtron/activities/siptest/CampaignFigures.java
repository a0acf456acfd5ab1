package com.didtron.activities.siptest;

import com.didtron.sip.quality.CallSample;
import com.didtron.sip.quality.Kpis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Pure aggregation of stored test calls: the carrier comparison and the time series for charts. */
final class CampaignFigures {
  private CampaignFigures() {}

  /** Per carrier, its KPIs over all destinations first, then per destination; carriers by name. */
  static List<CarrierComparison> comparison(List<TestCall> calls) {
    Map<UUID, List<TestCall>> byCarrier = new LinkedHashMap<>();
    calls.stream()
        .sorted(Comparator.comparing(TestCall::carrierName))
        .forEach(c -> byCarrier.computeIfAbsent(c.carrierId(), k -> new ArrayList<>()).add(c));
    List<CarrierComparison> rows = new ArrayList<>();
    byCarrier.forEach(
        (carrier, own) -> {
          String name = own.getFirst().carrierName();
          rows.add(new CarrierComparison(carrier, name, null, kpis(own)));
          Map<String, List<TestCall>> byDestination = new TreeMap<>();
          own.forEach(
              c -> byDestination.computeIfAbsent(c.destination(), k -> new ArrayList<>()).add(c));
          byDestination.forEach(
              (destination, list) ->
                  rows.add(new CarrierComparison(carrier, name, destination, kpis(list))));
        });
    return rows;
  }

  /**
   * ASR and PDD p50 per carrier per bucket; the bucket width grows with the time the calls span.
   */
  static List<ChartPoint> series(List<TestCall> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    Instant first =
        calls.stream().map(TestCall::startedAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant last =
        calls.stream().map(TestCall::startedAt).max(Comparator.naturalOrder()).orElseThrow();
    long width = bucketWidth(Duration.between(first, last)).toMillis();
    Map<Instant, Map<String, List<TestCall>>> buckets = new TreeMap<>();
    for (TestCall c : calls) {
      Instant bucket = Instant.ofEpochMilli(c.startedAt().toEpochMilli() / width * width);
      buckets
          .computeIfAbsent(bucket, b -> new TreeMap<>())
          .computeIfAbsent(c.carrierName(), n -> new ArrayList<>())
          .add(c);
    }
    List<ChartPoint> points = new ArrayList<>();
    buckets.forEach(
        (bucket, byCarrier) ->
            byCarrier.forEach(
                (carrier, list) -> {
                  Kpis k = kpis(list);
                  points.add(
                      new ChartPoint(bucket, carrier, k.asrPercent(), k.pddP50Ms(), k.attempts()));
                }));
    return points;
  }

  static Duration bucketWidth(Duration span) {
    if (span.compareTo(Duration.ofMinutes(2)) <= 0) {
      return Duration.ofSeconds(10);
    }
    if (span.compareTo(Duration.ofHours(1)) <= 0) {
      return Duration.ofMinutes(1);
    }
    return span.compareTo(Duration.ofDays(2)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
  }

  static Kpis kpis(List<TestCall> calls) {
    List<CallSample> samples = calls.stream().map(TestCall::sample).toList();
    return Kpis.of(samples);
  }
}
