package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.MalformedCdr;
import com.didtron.activities.switchsync.SwitchCdr;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchUnreadable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CDRs by {@code dt} windows through {@code POST cdr}: each window reaches back by the overlap,
 * asks oldest first for at most {@value #PAGE} rows, and skips call ids already returned (see
 * {@link CdrCursor}). A full page continues from its last {@code dt} within the same window.
 */
final class ConnexCsCdrs {
  static final int PAGE = 5_000;
  static final DateTimeFormatter DT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  static final List<String> FIELDS =
      List.of(
          "dt",
          "callid",
          "customer_id",
          "provider_id",
          "source_cli",
          "dest_number",
          "duration",
          "customer_charge",
          "sip_code",
          "sip_reason",
          "release_reason");

  private final ConnexCsClient client;
  private final ConnexCsJson json;
  private final Duration overlap;

  ConnexCsCdrs(ConnexCsClient client, ConnexCsJson json, Duration overlap) {
    this.client = client;
    this.json = json;
    this.overlap = overlap;
  }

  SwitchCdrBatch pull(CdrCursor cursor, Instant until) {
    Instant from = cursor.paging() ? cursor.pageFrom() : cursor.watermark().minus(overlap);
    Instant to = (cursor.paging() ? cursor.pageUntil() : until).truncatedTo(ChronoUnit.SECONDS);
    List<JsonNode> rows = ConnexCsJson.rows(client.post("cdr", query(from, to)));
    Map<String, Instant> seen = new HashMap<>(cursor.seen());
    List<SwitchCdr> fresh = new ArrayList<>();
    List<MalformedCdr> malformed = new ArrayList<>();
    Instant last = null;
    for (JsonNode row : rows) {
      Parsed p = parse(row);
      Instant at = p.cdr() != null ? p.cdr().start() : to;
      if (p.cdr() != null && (last == null || at.isAfter(last))) {
        last = at;
      }
      if (seen.putIfAbsent(p.key(), at) != null) {
        continue;
      }
      if (p.cdr() != null) {
        fresh.add(p.cdr());
      } else {
        malformed.add(p.malformed());
      }
    }
    if (rows.size() >= PAGE) {
      if (last == null || !last.isAfter(from)) {
        throw new SwitchUnreadable(
            "ConnexCS has more than "
                + PAGE
                + " CDRs at "
                + DT.format(from)
                + ": they cannot be paged by dt",
            null);
      }
      return new SwitchCdrBatch(
          fresh, malformed, new CdrCursor(cursor.watermark(), last, to, seen), true);
    }
    Instant watermark = to.isAfter(cursor.watermark()) ? to : cursor.watermark();
    Instant keepFrom = watermark.minus(overlap);
    seen.values().removeIf(at -> at.isBefore(keepFrom));
    return new SwitchCdrBatch(fresh, malformed, new CdrCursor(watermark, null, null, seen), false);
  }

  private ObjectNode query(Instant from, Instant to) {
    ObjectNode body = json.object();
    ArrayNode fields = body.putArray("field");
    FIELDS.forEach(fields::add);
    ArrayNode rules = body.putObject("where").putArray("rules");
    rules.addObject().put("field", "dt").put("condition", ">=").put("data", DT.format(from));
    rules.addObject().put("field", "dt").put("condition", "<=").put("data", DT.format(to));
    body.put("limit", PAGE);
    body.putArray("order").addObject().put("field", "dt").put("direction", "ASC");
    return body;
  }

  /** A row read: the CDR, or why it cannot be read; {@code key} identifies it across pulls. */
  record Parsed(String key, SwitchCdr cdr, MalformedCdr malformed) {}

  static Parsed parse(JsonNode row) {
    String raw = row.toString();
    String callId = ConnexCsJson.text(row, "callid");
    String key = callId != null ? callId : "raw:" + raw;
    try {
      if (callId == null) {
        throw new IllegalArgumentException("the row has no callid");
      }
      Instant start = instant(ConnexCsJson.text(row, "dt"));
      var duration = ConnexCsJson.decimal(row, "duration");
      if (duration == null || duration.signum() < 0) {
        throw new IllegalArgumentException("duration is missing or negative");
      }
      String sip = ConnexCsJson.text(row, "sip_code");
      return new Parsed(
          key,
          new SwitchCdr(
              callId,
              start,
              ConnexCsJson.text(row, "customer_id"),
              ConnexCsJson.text(row, "provider_id"),
              ConnexCsJson.text(row, "source_cli"),
              ConnexCsJson.text(row, "dest_number"),
              duration,
              ConnexCsJson.decimal(row, "customer_charge"),
              sip == null || !sip.matches("[0-9]{3}") ? null : Integer.valueOf(sip),
              ConnexCsJson.text(row, "sip_reason"),
              ConnexCsJson.text(row, "release_reason")),
          null);
    } catch (IllegalArgumentException e) {
      return new Parsed(key, null, new MalformedCdr(raw, e.getMessage()));
    }
  }

  private static Instant instant(String dt) {
    if (dt == null) {
      throw new IllegalArgumentException("dt is missing");
    }
    try {
      return dt.contains("T") ? Instant.parse(dt) : DT.parse(dt, Instant::from);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "dt is not a time (YYYY-MM-DD HH:MM:SS): " + ConnexCsJson.shorten(dt));
    }
  }
}
