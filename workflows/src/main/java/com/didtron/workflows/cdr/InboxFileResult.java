package com.didtron.workflows.cdr;

/**
 * What ingesting one inbox file did. {@code failure} is null when the file was ingested (and moved
 * to {@code done/}); otherwise it says why the file was moved to {@code failed/} or skipped.
 */
public record InboxFileResult(
    String path,
    long accepted,
    long rated,
    long unrated,
    long duplicates,
    long rejected,
    String failure) {}
