package com.didtron.activities.input;

import com.didtron.activities.Facade;
import com.didtron.rating.cdr.CdrWindow;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much input DIDTron takes ({@code didtron.limits.*} in application.yml or environment
 * variables): every body and file is refused beyond its cap with a clear message, before it is read
 * whole, and CDRs outside a sane window become rejected lines.
 *
 * @param webhookBody largest payment-provider webhook body (larger: 413, never read)
 * @param apiBody largest JSON body of any other API request (larger: 413, never read)
 * @param cdrUpload largest CDR file through the portal or {@code POST /api/cdrs}
 * @param deckUpload largest rate deck file through the portal or the API
 * @param reconciliationUpload largest carrier usage file for a reconciliation
 * @param cdrMaxAge how far back of the clock a CDR may start
 * @param cdrMaxAhead how far ahead of the clock a CDR may start
 * @param cdrMaxDuration the longest call accepted
 */
@ConfigurationProperties("didtron.limits")
@Facade
public record InputLimits(
    DataSize webhookBody,
    DataSize apiBody,
    DataSize cdrUpload,
    DataSize deckUpload,
    DataSize reconciliationUpload,
    Duration cdrMaxAge,
    Duration cdrMaxAhead,
    Duration cdrMaxDuration) {
  public InputLimits {
    webhookBody = webhookBody == null ? DataSize.ofMegabytes(1) : webhookBody;
    apiBody = apiBody == null ? DataSize.ofMegabytes(1) : apiBody;
    cdrUpload = cdrUpload == null ? DataSize.ofGigabytes(4) : cdrUpload;
    deckUpload = deckUpload == null ? DataSize.ofMegabytes(512) : deckUpload;
    reconciliationUpload =
        reconciliationUpload == null ? DataSize.ofMegabytes(16) : reconciliationUpload;
    cdrMaxAge = cdrMaxAge == null ? Duration.ofDays(400) : cdrMaxAge;
    cdrMaxAhead = cdrMaxAhead == null ? Duration.ofDays(1) : cdrMaxAhead;
    cdrMaxDuration = cdrMaxDuration == null ? Duration.ofHours(24) : cdrMaxDuration;
  }

  /** The defaults, as if nothing were configured. */
  public static InputLimits defaults() {
    return new InputLimits(null, null, null, null, null, null, null, null);
  }

  /** The start times and durations accepted now. */
  public CdrWindow cdrWindow(Clock clock) {
    return CdrWindow.around(clock.instant(), cdrMaxAge, cdrMaxAhead, cdrMaxDuration);
  }

  /** "1 MB", "512 MB": a cap as people read it. */
  public static String describe(DataSize size) {
    long b = size.toBytes();
    if (b % (1L << 30) == 0) {
      return (b >> 30) + " GB";
    }
    if (b % (1L << 20) == 0) {
      return (b >> 20) + " MB";
    }
    return b % 1024 == 0 ? (b >> 10) + " KB" : b + " bytes";
  }
}
