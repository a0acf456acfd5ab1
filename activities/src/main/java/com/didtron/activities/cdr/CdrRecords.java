package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.access.Actor;
import com.didtron.rating.cdr.CdrParser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The CDR pipeline for CDRs that arrive as records, not as a file: a switch adapter's pulled rows.
 * Same rating (both legs, active decks), same storage and the same idempotency on {@code (source,
 * call_id, start_time)} as a file ({@link CdrIngestService}); one ingest (channel {@code SWITCH})
 * per call, in the caller's transaction when there is one.
 */
@Service
@Facade
public class CdrRecords {
  private final CdrIngestService ingest;

  CdrRecords(CdrIngestService ingest) {
    this.ingest = ingest;
  }

  /**
   * Rates, stores and charges {@code cdrs} for the actor's tenant.
   *
   * @param cdrs each with the switch's row number (kept as the CDR's line)
   * @param workflowId the workflow pulling them, or null
   */
  public Stored ingest(Actor actor, String source, String workflowId, List<CdrParser.Line> cdrs) {
    return ingest.ingestLines(
        actor, new IngestRequest(source, source, IngestRequest.Channel.SWITCH, workflowId), cdrs);
  }

  /**
   * What one call stored.
   *
   * @param accepted CDRs stored now (rated + unrated)
   * @param duplicates CDRs whose (source, call_id, start_time) was stored before
   * @param charged the call ids rated on both legs and charged now
   */
  public record Stored(
      UUID ingestId,
      long accepted,
      long rated,
      long unrated,
      long duplicates,
      List<String> charged) {
    public Stored {
      charged = List.copyOf(charged);
    }
  }
}
