package com.didtron.app.cli;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidOffer;
import com.didtron.activities.did.DidPrices;
import com.didtron.activities.did.DidSearch;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.did.NumberType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code didtron bench dids}: a throw-away platform imports {@code numbers} inventory numbers
 * through the CSV import façade, prices them, and times the search façade per kind of query (p50,
 * p95, max), beside a plain SQL {@code LIKE} baseline. Every kind must return matching numbers, or
 * the bench fails: it cannot measure empty answers.
 */
final class DidsBench {
  /** Country, dial prefix, areas (area code) of the synthetic inventory. */
  private static final String[][] PLAN = {
    {"DE", "49", "Berlin:30", "Hamburg:40", "Munich:89", "Cologne:221"},
    {"FR", "33", "Paris:1", "Lyon:4", "Marseille:49"},
    {"NL", "31", "Amsterdam:20", "Rotterdam:10"},
    {"GB", "44", "London:20", "Manchester:161"},
  };

  private DidsBench() {}

  static String run(int numbers, int queries) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-dids-bench");
      try (ConfigurableApplicationContext platform = RatingDbBench.start(dir)) {
        return scenario(platform, numbers, queries, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(StartFailure.describe(e), e);
    } finally {
      RatingDbBench.delete(dir);
    }
  }

  private static String scenario(
      ConfigurableApplicationContext platform, int numbers, int queries, Path dir)
      throws IOException {
    StringBuilder out = new StringBuilder();
    Actor admin =
        platform.getBean(UserLogins.class).principal(RatingDbBench.ADMIN).orElseThrow().actor();
    DSLContext db = platform.getBean(DSLContext.class);
    DidInventory inventory = platform.getBean(DidInventory.class);
    DidPrices prices = platform.getBean(DidPrices.class);
    line(
        out,
        "DIDTron dids bench: %,d numbers, %d queries per kind, %s, %d processors, Java %s",
        numbers,
        queries,
        String.valueOf(db.fetchValue("SELECT version()")).replaceAll(" on .*", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    Path csv = dir.resolve("inventory.csv");
    write(csv, numbers);
    long t0 = System.nanoTime();
    InventoryImport outcome;
    try (InputStream in = Files.newInputStream(csv)) {
      outcome = inventory.importCsv(admin, "bench", null, "inventory.csv", in);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!(outcome instanceof InventoryImport.Imported imported)) {
      throw new IllegalStateException("import refused: " + outcome);
    }
    line(
        out,
        "import: %,d numbers in %.2f s (%,.0f rows/s)",
        imported.numbers(),
        seconds,
        imported.numbers() / seconds);
    for (String[] c : PLAN) {
      for (NumberType type : NumberType.values()) {
        prices.add(
            admin,
            new DidPrices.PriceDraft(
                c[0],
                type,
                null,
                new BigDecimal("1.50"),
                new BigDecimal("5.00"),
                new BigDecimal("0.010000"),
                "EUR",
                null));
      }
    }
    String deep = deepAfter(db, admin);
    Map<String, Supplier<List<String>>> kinds = new LinkedHashMap<>();
    kinds.put("country+type", search(inventory, admin, "DE", "GEOGRAPHIC", null, null, null));
    kinds.put(
        "country+type+area", search(inventory, admin, "DE", "GEOGRAPHIC", "Munich", null, null));
    kinds.put("prefix 4930*", search(inventory, admin, null, null, null, "4930*", null));
    kinds.put("contains *1234*", search(inventory, admin, null, null, null, "*1234*", null));
    kinds.put("wildcards 4989??7*", search(inventory, admin, null, null, null, "4989??7*", null));
    kinds.put("first page", search(inventory, admin, null, null, null, null, null));
    kinds.put(
        "deep page (after " + deep + ")", search(inventory, admin, null, null, null, null, deep));
    String tenant = admin.tenantId().value().toString();
    kinds.put(
        "baseline SQL LIKE '%1234%'",
        () ->
            db.resultQuery(
                    "SELECT number FROM did_inventory WHERE tenant_id = CAST(? AS uuid)"
                        + " AND number LIKE '%1234%' ORDER BY number LIMIT 50",
                    tenant)
                .fetch(0, String.class));
    kinds.put(
        "baseline SQL OFFSET page",
        () ->
            db.resultQuery(
                    "SELECT number FROM did_inventory WHERE tenant_id = CAST(? AS uuid)"
                        + " ORDER BY number OFFSET ? LIMIT 50",
                    tenant,
                    numbers * 9 / 10)
                .fetch(0, String.class));
    List<Double> all = new ArrayList<>();
    for (Map.Entry<String, Supplier<List<String>>> kind : kinds.entrySet()) {
      List<String> first = kind.getValue().get();
      check(kind.getKey(), first);
      for (int i = 0; i < Math.min(20, queries); i++) {
        kind.getValue().get();
      }
      double[] ms = new double[queries];
      for (int i = 0; i < queries; i++) {
        long s = System.nanoTime();
        kind.getValue().get();
        ms[i] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(ms);
      if (!kind.getKey().startsWith("baseline")) {
        for (double m : ms) {
          all.add(m);
        }
      }
      line(
          out,
          "%-34s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d results, first %s)",
          kind.getKey(),
          ms[queries / 2],
          ms[(int) Math.ceil(queries * 0.95) - 1],
          ms[queries - 1],
          first.size(),
          first.getFirst());
    }
    double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    line(
        out,
        "%-34s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms",
        "all search kinds",
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[sorted.length - 1]);
    return out.toString();
  }

  /** Every kind must answer a full page of numbers that match it. */
  static void check(String kind, List<String> page) {
    if (page.isEmpty()) {
      throw new IllegalStateException(kind + " returned nothing: the bench would measure nothing");
    }
    String regex =
        kind.startsWith("prefix 4930*")
            ? "4930[0-9]*"
            : kind.contains("1234")
                ? "[0-9]*1234[0-9]*"
                : kind.startsWith("wildcards") ? "4989[0-9]{2}7[0-9]*" : "[0-9]{7,15}";
    for (String n : page) {
      if (!n.matches(regex)) {
        throw new IllegalStateException(kind + " returned " + n + ", which does not match");
      }
    }
  }

  private static Supplier<List<String>> search(
      DidInventory inventory,
      Actor admin,
      String country,
      String type,
      String area,
      String pattern,
      String after) {
    DidSearch s = DidSearch.of(country, type, area, pattern, after, 50);
    return () -> inventory.search(admin, s).stream().map(DidOffer::number).toList();
  }

  private static String deepAfter(DSLContext db, Actor admin) {
    return db.resultQuery(
            "SELECT number FROM did_inventory WHERE tenant_id = CAST(? AS uuid) ORDER BY number"
                + " OFFSET (SELECT count(*) * 9 / 10 FROM did_inventory) LIMIT 1",
            admin.tenantId().value().toString())
        .fetchOne(0, String.class);
  }

  /** Writes {@code numbers} distinct E.164 numbers over several countries, areas and types. */
  static void write(Path csv, int numbers) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("number,country,area,type,monthly_cost,setup_cost,channels,currency\n");
      NumberType[] types = {NumberType.GEOGRAPHIC, NumberType.GEOGRAPHIC, NumberType.MOBILE};
      for (int i = 0; i < numbers; i++) {
        String[] c = PLAN[i % PLAN.length];
        int areaIndex = 2 + (i / PLAN.length) % (c.length - 2);
        String[] area = c[areaIndex].split(":");
        NumberType type = types[i % 3];
        // a multiplicative spread keeps numbers distinct per (country, area) but not sequential
        long local = 1_000_000L + (i * 7_919L) % 8_999_999L;
        String number =
            type == NumberType.MOBILE ? c[1] + "15" + area[1] + local : c[1] + area[1] + local;
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%s,%s,0.500000,0,2,EUR\n",
                number,
                c[0],
                type == NumberType.MOBILE ? "" : area[0],
                type));
      }
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
