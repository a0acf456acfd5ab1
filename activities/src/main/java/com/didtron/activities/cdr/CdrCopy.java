package com.didtron.activities.cdr;

import com.didtron.activities.copy.BinaryCopy;
import com.didtron.activities.copy.PgCopy;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.LegRating;
import com.didtron.rating.engine.RatedCall;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Writes CDRs and rejected lines with COPY. */
final class CdrCopy {
  private CdrCopy() {}

  /**
   * COPY BINARY of the chunk's CDRs: the same values the CSV form carried, where an empty text of a
   * nullable column is NULL (as an unquoted empty CSV field was).
   */
  static void cdrs(
      DSLContext db, UUID tenant, String source, UUID batch, List<RatedCdr> cdrs, Instant ratedAt) {
    BinaryCopy.in(
        db,
        "COPY cdr (" + CdrColumns.NAMES + ") FROM STDIN WITH (FORMAT binary)",
        out -> {
          for (RatedCdr c : cdrs) {
            out.row(29).uuid(tenant).text(source).text(c.cdr().callId()).uuid(batch).int8(c.line());
            row(out, c);
            out.timestamptz(ratedAt);
            RatedCall r = c.rating();
            out.textOrNull(destination(r.customer())).textOrNull(destination(r.carrier()));
            out.ifFull();
          }
        });
  }

  /** Everything from account_ref to margin. */
  private static void row(BinaryCopy out, RatedCdr c) {
    out.text(nonNull(c.cdr().account()))
        .text(nonNull(c.cdr().carrier()))
        .uuid(c.accountId())
        .uuid(c.carrierId())
        .text(nonNull(c.cdr().caller()))
        .text(nonNull(c.cdr().callee()))
        .timestamptz(c.cdr().startTime())
        .numeric(c.cdr().durationSeconds());
    RatedCall r = c.rating();
    out.text(r.status().name()).textOrNull(r.reason() == null ? null : r.reason().name());
    leg(out, r.customer(), c.sellCurrency() == null ? null : c.sellCurrency().code());
    leg(out, r.carrier(), c.buyCurrency() == null ? null : c.buyCurrency().code());
    out.numeric(r.margin());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String destination(LegRating leg) {
    return leg == null || leg.destination() == null ? "" : leg.destination();
  }

  private static void leg(BinaryCopy out, LegRating leg, String currency) {
    if (leg == null) {
      out.nul().nul().nul().nul().nul();
      return;
    }
    out.textOrNull(leg.prefix())
        .numeric(leg.rate())
        .int8(leg.billableSeconds())
        .numeric(leg.cost())
        .textOrNull(currency);
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

  static BigDecimal zeroIfNull(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }
}
