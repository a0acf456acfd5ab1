package com.didtron.activities.cdr;

import com.didtron.activities.copy.PgCopy;
import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.LegRating;
import com.didtron.rating.engine.RatedCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Writes CDRs, their idempotency keys and rejected lines with COPY. */
final class CdrCopy {
  private CdrCopy() {}

  static void keys(DSLContext db, UUID tenant, String source, List<RatedCdr> cdrs) {
    byte[] t = ascii(tenant);
    PgCopy.in(
        db,
        "COPY cdr_key (tenant_id, source, call_id, start_time) FROM STDIN"
            + " WITH (FORMAT csv, FORCE_NOT_NULL (source, call_id))",
        (out, flush) -> {
          for (RatedCdr c : cdrs) {
            out.raw(t)
                .comma()
                .field(source)
                .comma()
                .field(c.cdr().callId())
                .comma()
                .field(c.cdr().startTime().toString())
                .newline();
            flush.ifFull();
          }
        });
  }

  static void cdrs(
      DSLContext db, UUID tenant, String source, UUID batch, List<RatedCdr> cdrs, Instant ratedAt) {
    byte[] prefix = (tenant + "," + csv(source) + ",").getBytes(StandardCharsets.UTF_8);
    byte[] b = ascii(batch);
    byte[] at = ratedAt.toString().getBytes(StandardCharsets.US_ASCII);
    PgCopy.in(
        db,
        "COPY cdr ("
            + CdrColumns.NAMES
            + ") FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL"
            + " (account_ref, carrier_ref, caller, callee))",
        (out, flush) -> {
          for (RatedCdr c : cdrs) {
            out.raw(prefix).field(c.cdr().callId()).comma().raw(b).comma();
            if (c.line() != null) {
              out.number(c.line());
            }
            row(out, c);
            out.comma().raw(at);
            legDestinations(out, c.rating());
            out.newline();
            flush.ifFull();
          }
        });
  }

  /** Everything from account_ref to margin, each preceded by a comma. */
  private static void row(CsvWriter out, RatedCdr c) {
    out.comma()
        .field(c.cdr().account())
        .comma()
        .field(c.cdr().carrier())
        .comma()
        .field(c.accountId() == null ? "" : c.accountId().toString())
        .comma()
        .field(c.carrierId() == null ? "" : c.carrierId().toString())
        .comma()
        .field(c.cdr().caller())
        .comma()
        .field(c.cdr().callee())
        .comma()
        .field(c.cdr().startTime().toString())
        .comma()
        .decimal(c.cdr().durationSeconds())
        .comma();
    RatedCall r = c.rating();
    out.field(r.status().name()).comma().field(r.reason() == null ? "" : r.reason().name());
    leg(out, r.customer(), c.sellCurrency() == null ? "" : c.sellCurrency().code());
    leg(out, r.carrier(), c.buyCurrency() == null ? "" : c.buyCurrency().code());
    out.comma();
    if (r.margin() != null) {
      out.decimal(r.margin());
    }
  }

  /** The destination names of both legs (empty: NULL), after rated_at. */
  private static void legDestinations(CsvWriter out, RatedCall r) {
    out.comma().field(destination(r.customer())).comma().field(destination(r.carrier()));
  }

  private static String destination(LegRating leg) {
    return leg == null || leg.destination() == null ? "" : leg.destination();
  }

  private static void leg(CsvWriter out, LegRating leg, String currency) {
    if (leg == null) {
      out.comma().comma().comma().comma().comma();
      return;
    }
    out.comma()
        .field(leg.prefix())
        .comma()
        .decimal(leg.rate())
        .comma()
        .number(leg.billableSeconds())
        .comma()
        .decimal(leg.cost())
        .comma()
        .field(currency);
  }

  /** A usage batch's charges per destination. */
  static void usageByDestination(DSLContext db, UUID batch, List<UsageTotals.ByDestination> rows) {
    if (rows.isEmpty()) {
      return;
    }
    byte[] b = ascii(batch);
    PgCopy.in(
        db,
        "COPY usage_charge_destination (batch_id, account_id, leg, currency, destination,"
            + " period_start, amount, calls, billable_seconds) FROM STDIN WITH (FORMAT csv,"
            + " FORCE_NOT_NULL (destination))",
        (out, flush) -> {
          for (UsageTotals.ByDestination d : rows) {
            out.raw(b)
                .comma()
                .raw(ascii(d.account()))
                .comma()
                .field(d.leg().name())
                .comma()
                .field(d.currency().code())
                .comma()
                .field(d.destination())
                .comma();
            if (d.periodStart() != null) {
              out.field(d.periodStart().toString());
            }
            out.comma()
                .decimal(d.amount())
                .comma()
                .number(d.calls())
                .comma()
                .number(d.billableSeconds())
                .newline();
            flush.ifFull();
          }
        });
  }

  static void rejects(DSLContext db, UUID ingest, List<LineError> rejects) {
    if (rejects.isEmpty()) {
      return;
    }
    byte[] id = ascii(ingest);
    PgCopy.in(
        db,
        "COPY cdr_reject (ingest_id, line, reason) FROM STDIN WITH (FORMAT csv)",
        (out, flush) -> {
          for (LineError e : rejects) {
            out.raw(id).comma().number(e.line()).comma().field(e.reason()).newline();
            flush.ifFull();
          }
        });
  }

  private static byte[] ascii(UUID id) {
    return id.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String csv(String text) {
    CsvWriter w = new CsvWriter(text.length() + 8);
    w.field(text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      w.drainTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static BigDecimal zeroIfNull(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }
}
