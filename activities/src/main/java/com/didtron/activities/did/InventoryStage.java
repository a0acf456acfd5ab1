package com.didtron.activities.did;

import com.didtron.activities.copy.PgCopy;
import com.didtron.activities.did.InventoryImport.LineError;
import com.didtron.rating.csv.CsvReader;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Stages an import in a temporary table of the current transaction (dropped at its end) with COPY,
 * so a file of any length passes in bounded memory: only the first errors are kept. Duplicates in
 * the file and against the live inventory are then found by SQL.
 */
@Component
class InventoryStage {
  private static final String TABLE = "did_import_stage";

  private final DSLContext db;

  InventoryStage(DSLContext db) {
    this.db = db;
  }

  /** The errors of a file: the first {@link InventoryImport.Refused#SHOWN} by line, and a count. */
  static final class Errors {
    // the errors with the lowest lines, the highest on top so it is dropped first
    private final PriorityQueue<LineError> first =
        new PriorityQueue<>(Comparator.comparingLong(LineError::line).reversed());
    private long count;

    void add(long line, String reason) {
      count++;
      first.add(new LineError(line, reason));
      if (first.size() > InventoryImport.Refused.SHOWN) {
        first.poll();
      }
    }

    long count() {
      return count;
    }

    List<LineError> shown() {
      return first.stream().sorted(Comparator.comparingLong(LineError::line)).toList();
    }
  }

  void create() {
    db.execute(
        "CREATE TEMP TABLE "
            + TABLE
            + " (line bigint NOT NULL, number text COLLATE \"C\" NOT NULL, country_code text NOT NULL,"
            + " area text NOT NULL, number_type text NOT NULL, monthly_cost numeric NOT NULL,"
            + " setup_cost numeric NOT NULL, channels integer NOT NULL, currency text NOT NULL,"
            + " provider_ref text) ON COMMIT DROP");
  }

  /** Copies every valid row of {@code reader} into the stage; invalid ones go to {@code errors}. */
  long copy(CsvReader reader, InventoryCsv csv, Errors errors) {
    return PgCopy.in(
        db,
        "COPY "
            + TABLE
            + " (line, number, country_code, area, number_type, monthly_cost, setup_cost,"
            + " channels, currency, provider_ref) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (area))",
        (out, flush) -> {
          while (next(reader)) {
            if (reader.isBlank()) {
              continue;
            }
            switch (csv.check(reader)) {
              case InventoryCsv.Invalid bad -> errors.add(reader.line(), bad.reason());
              case InventoryCsv.Valid ok -> {
                InventoryCsv.Row r = ok.row();
                out.number(r.line())
                    .comma()
                    .field(r.number())
                    .comma()
                    .field(r.country())
                    .comma()
                    .field(r.area())
                    .comma()
                    .field(r.type().name())
                    .comma()
                    .decimal(r.monthlyCost())
                    .comma()
                    .decimal(r.setupCost())
                    .comma()
                    .number(r.channels())
                    .comma()
                    .field(r.currency())
                    .comma()
                    .field(r.providerRef() == null ? "" : r.providerRef())
                    .newline();
                flush.ifFull();
              }
            }
          }
        });
  }

  private static boolean next(CsvReader reader) throws IOException {
    return reader.next();
  }

  /** Lines whose number an earlier line of the file already has. */
  void duplicatesInFile(Errors errors) {
    db
        .resultQuery(
            "SELECT line, number, first_line FROM (SELECT line, number,"
                + " min(line) OVER (PARTITION BY number) AS first_line FROM "
                + TABLE
                + ") s WHERE line <> first_line ORDER BY line")
        .fetchSize(1000)
        .stream()
        .forEach(
            r ->
                errors.add(
                    r.get(0, Long.class),
                    "number "
                        + r.get(1, String.class)
                        + " repeats line "
                        + r.get(2, Long.class)
                        + " of the file"));
  }

  /** Lines whose number the tenant's inventory already has (live rows). */
  void duplicatesInInventory(UUID tenant, Errors errors) {
    db
        .resultQuery(
            "SELECT s.line, s.number, i.status FROM "
                + TABLE
                + " s JOIN did_inventory i ON i.tenant_id = CAST(? AS uuid) AND i.number = s.number"
                + " AND i.deleted_at IS NULL ORDER BY s.line",
            tenant.toString())
        .fetchSize(1000)
        .stream()
        .forEach(
            r ->
                errors.add(
                    r.get(0, Long.class),
                    "number "
                        + r.get(1, String.class)
                        + " is already in the inventory ("
                        + r.get(2, String.class)
                        + ")"));
  }

  /** Moves the stage into the inventory as AVAILABLE numbers; the count moved. */
  int publish(UUID tenant, String provider, UUID importId, Instant now) {
    return db.execute(
        "INSERT INTO did_inventory (id, tenant_id, number, country_code, area, number_type,"
            + " provider, provider_ref, monthly_cost, setup_cost, currency, channels, status,"
            + " import_id, created_at, updated_at)"
            + " SELECT gen_random_uuid(), CAST(? AS uuid), number, country_code, area, number_type, ?,"
            + " provider_ref, monthly_cost, setup_cost, currency, channels, 'AVAILABLE',"
            + " CAST(? AS uuid), CAST(? AS timestamptz), CAST(? AS timestamptz)"
            + " FROM "
            + TABLE,
        tenant.toString(),
        provider,
        importId.toString(),
        now.toString(),
        now.toString());
  }
}
