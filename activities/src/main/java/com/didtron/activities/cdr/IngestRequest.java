package com.didtron.activities.cdr;

import java.util.Objects;

/**
 * A CDR file to ingest.
 *
 * @param source the system the call ids come from (a switch, an export): {@code (source, call_id,
 *     start_time)} identifies a CDR, so the same CDR arriving twice from one source is stored once
 * @param fileName the file's name, for the ingest list
 * @param channel how the file arrived
 * @param workflowId the workflow ingesting it, or null for an upload
 */
public record IngestRequest(String source, String fileName, Channel channel, String workflowId) {
  /** How a CDR file reached the platform. */
  public enum Channel {
    UPLOAD,
    API,
    INBOX,
    /** Pulled from a switch by its adapter ({@link CdrRecords}). */
    SWITCH
  }

  public IngestRequest {
    source = source == null || source.isBlank() ? "manual" : source.strip();
    fileName = fileName == null || fileName.isBlank() ? "cdrs.csv" : fileName.strip();
    Objects.requireNonNull(channel, "channel");
  }
}
