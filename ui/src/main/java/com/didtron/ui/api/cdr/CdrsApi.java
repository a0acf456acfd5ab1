package com.didtron.ui.api.cdr;

import com.didtron.activities.cdr.CdrCursor;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.CdrSlice;
import com.didtron.activities.cdr.IngestReport;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.rating.deck.LineError;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CDRs over the API: upload a CDR file (CSV body) to rate, store and charge it — the same CDR from
 * the same source is stored and charged once — and list or export stored CDRs (portal users: their
 * own calls and their own leg only). The upload streams (bounded memory); a body over {@code
 * didtron.limits.cdr-upload} is answered 413.
 */
@RestController
@RequestMapping("/api/cdrs")
@Tag(name = "CDRs", description = "Call detail records: ingest and browse")
public class CdrsApi {
  private final CdrIngestService ingest;
  private final CdrQueryService cdrs;

  public CdrsApi(CdrIngestService ingest, CdrQueryService cdrs) {
    this.ingest = ingest;
    this.cdrs = cdrs;
  }

  /** What an upload did; see {@link IngestReport}. */
  public record IngestJson(
      UUID ingestId,
      long accepted,
      long rated,
      long unrated,
      long duplicates,
      long rejected,
      List<LineError> rejects,
      String refusal) {
    static IngestJson of(IngestReport r) {
      return new IngestJson(
          r.ingestId(),
          r.accepted(),
          r.rated(),
          r.unrated(),
          r.duplicates(),
          r.rejected(),
          r.firstRejects(),
          r.refusal());
    }
  }

  /**
   * A page of CDRs; {@code page.total} is counted on the first page only (-1 on the others) and at
   * most up to the count cap ({@code didtron.cdr.count-cap}, default 10,000): {@code totalCapped}
   * when more CDRs match, then {@code total} is the cap ("10,000+"); {@code estimatedTotal} when
   * the total is not an exact count (capped or not counted); {@code next} and {@code previous} the
   * cursors of the neighbouring pages (null at the ends).
   */
  public record CdrPageJson(
      ApiPage<CdrJson> page,
      boolean estimatedTotal,
      boolean totalCapped,
      String next,
      String previous) {}

  @PostMapping(consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(
      summary = "Ingest a CDR file (CSV body): counts of accepted, rated, unrated, duplicates")
  public IngestJson upload(
      @RequestParam String source,
      @RequestParam(required = false) String fileName,
      InputStream body) {
    return IngestJson.of(
        ingest.ingest(
            ApiActor.current(),
            new IngestRequest(source, fileName, IngestRequest.Channel.API, null),
            body));
  }

  @GetMapping
  @Operation(
      summary =
          "Stored CDRs, newest first (portal users: their own account's), paged by cursor: pass"
              + " `next` as `after` for older CDRs, `previous` as `before` for newer ones")
  public CdrPageJson list(
      @RequestParam(required = false) UUID account,
      @RequestParam(required = false) UUID carrier,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) String before,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    if (offset != null && offset != 0) {
      throw new IllegalArgumentException(
          "CDRs are paged by cursor: pass the `next` of a page as `after` (offsets are not served)");
    }
    var page = ApiPage.request(0, limit);
    var actor = ApiActor.current();
    var filter = new CdrFilter(account, carrier, number, from, to, status);
    CdrSlice slice =
        cdrs.slice(actor, filter, CdrCursor.parse(after), CdrCursor.parse(before), page.limit());
    // counted on the first page only: a deeper page costs its rows, nothing more
    boolean first = (after == null || after.isBlank()) && (before == null || before.isBlank());
    CdrQueryService.Count count = first ? cdrs.count(actor, filter) : null;
    return new CdrPageJson(
        new ApiPage<>(
            slice.rows().stream().map(CdrJson::of).toList(),
            count == null ? -1 : count.total(),
            0,
            page.limit()),
        count == null || count.capped(),
        count != null && count.capped(),
        slice.next() == null ? null : slice.next().token(),
        slice.previous() == null ? null : slice.previous().token());
  }

  @GetMapping(value = "/export", produces = "text/csv")
  @Operation(summary = "The matching CDRs as CSV, oldest first (portal users: their own leg only)")
  public void export(
      @RequestParam(required = false) UUID account,
      @RequestParam(required = false) UUID carrier,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String status,
      HttpServletResponse response)
      throws IOException {
    var actor = ApiActor.current();
    cdrs.audience(actor);
    response.setContentType("text/csv");
    response.setHeader("Content-Disposition", "attachment; filename=\"cdrs.csv\"");
    cdrs.export(
        actor,
        new CdrFilter(account, carrier, number, from, to, status),
        response.getOutputStream());
  }
}
