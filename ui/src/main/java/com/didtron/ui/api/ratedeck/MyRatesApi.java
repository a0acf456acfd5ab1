package com.didtron.ui.api.ratedeck;

import com.didtron.activities.ratedeck.CarrierRates;
import com.didtron.activities.ratedeck.CarrierUpload;
import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.OwnRateFilter;
import com.didtron.activities.ratedeck.OwnRates;
import com.didtron.activities.ratedeck.RateChange;
import com.didtron.activities.ratedeck.RateSheet;
import com.didtron.activities.ratedeck.RateVersionSummary;
import com.didtron.activities.ratedeck.RateWindow;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.LineError;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Portal users' own rates over the API: a customer's sell rates ({@code /api/my-rates}) and the buy
 * rates we hold for a carrier ({@code /api/my-buy-rates}), as JSON pages or CSV/XLSX downloads,
 * with the history of rate changes; a carrier sends a new deck, which lands as a draft for staff
 * review. Each path answers its own role only (403 otherwise) and only the caller's own account; a
 * version of another account is refused alike.
 */
@RestController
@Tag(name = "My rates", description = "A customer's own sell rates and a carrier's buy rates")
public class MyRatesApi {
  private final OwnRates own;
  private final CarrierRates carrier;

  public MyRatesApi(OwnRates own, CarrierRates carrier) {
    this.own = own;
    this.carrier = carrier;
  }

  /** What a carrier's upload did: the draft version, or why nothing was stored. */
  public record UploadJson(
      RateVersionSummary version, String refusal, List<LineError> errors, long errorCount) {}

  @GetMapping("/api/my-rates")
  @Operation(
      summary =
          "The customer's own rates: window CURRENT (default), UPCOMING or ALL; search by prefix,"
              + " destination and change (NEW, INCREASE, DECREASE, UNCHANGED, REMOVED)")
  public ApiPage<OwnRate> myRates(
      @RequestParam(required = false) RateWindow window,
      @RequestParam(required = false) String prefix,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) RateChange change,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    var page = ApiPage.request(offset, limit);
    var filter = new OwnRateFilter(prefix, destination, window, change);
    return ApiPage.of(own.entries(ApiActor.current(), filter, page), page, r -> r);
  }

  @GetMapping("/api/my-rates/versions")
  @Operation(summary = "The history of the customer's rate changes (published versions)")
  public List<RateVersionSummary> myVersions() {
    return own.history(ApiActor.current());
  }

  @GetMapping("/api/my-rates/download")
  @Operation(
      summary =
          "The customer's rates as CSV or XLSX (format), with the same search; version: a"
              + " published version (default: the active one)")
  public void myDownload(
      @RequestParam(defaultValue = "CSV") RateSheet format,
      @RequestParam(required = false) UUID version,
      @RequestParam(required = false) RateWindow window,
      @RequestParam(required = false) String prefix,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) RateChange change,
      HttpServletResponse response)
      throws IOException {
    var actor = ApiActor.current();
    var filter = new OwnRateFilter(prefix, destination, window, change);
    String name = own.fileName(actor, version, filter, format);
    attachment(response, format, name);
    own.export(actor, version, filter, format, response.getOutputStream());
  }

  @GetMapping("/api/my-buy-rates")
  @Operation(summary = "The buy rates we hold for the carrier, searched as /api/my-rates")
  public ApiPage<OwnRate> buyRates(
      @RequestParam(required = false) RateWindow window,
      @RequestParam(required = false) String prefix,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) RateChange change,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    var page = ApiPage.request(offset, limit);
    var filter = new OwnRateFilter(prefix, destination, window, change);
    return ApiPage.of(carrier.entries(ApiActor.current(), filter, page), page, r -> r);
  }

  @GetMapping("/api/my-buy-rates/versions")
  @Operation(summary = "Published versions of the carrier's buy card and the caller's uploads")
  public List<RateVersionSummary> buyVersions() {
    return carrier.history(ApiActor.current());
  }

  @GetMapping("/api/my-buy-rates/download")
  @Operation(summary = "The carrier's buy rates as CSV or XLSX, as /api/my-rates/download")
  public void buyDownload(
      @RequestParam(defaultValue = "CSV") RateSheet format,
      @RequestParam(required = false) UUID version,
      @RequestParam(required = false) RateWindow window,
      @RequestParam(required = false) String prefix,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) RateChange change,
      HttpServletResponse response)
      throws IOException {
    var actor = ApiActor.current();
    var filter = new OwnRateFilter(prefix, destination, window, change);
    String name = carrier.fileName(actor, version, filter, format);
    attachment(response, format, name);
    carrier.export(actor, version, filter, format, response.getOutputStream());
  }

  @PostMapping(
      value = "/api/my-buy-rates/uploads",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(
      summary =
          "Send a new deck (CSV body; mode REPLACE: the whole deck, ADD: changes only). A clean"
              + " file becomes a draft version for staff review (202); a file with any invalid row"
              + " is refused whole with its errors by line (422) and nothing is stored")
  public ResponseEntity<UploadJson> upload(
      @RequestParam(defaultValue = "REPLACE") ImportMode mode,
      @RequestParam(required = false) String fileName,
      InputStream body) {
    return switch (carrier.upload(ApiActor.current(), mode, fileName, body)) {
      case CarrierUpload.Received r ->
          ResponseEntity.status(HttpStatus.ACCEPTED)
              .body(new UploadJson(r.version(), null, List.of(), 0));
      case CarrierUpload.Refused r ->
          ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
              .body(new UploadJson(null, r.reason(), r.errors(), r.errorCount()));
    };
  }

  private static void attachment(HttpServletResponse response, RateSheet format, String name) {
    response.setContentType(format.contentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
