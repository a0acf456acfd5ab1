package com.didtron.workflows.cdr;

/** Ingest one inbox file; {@code workflowId} goes into the ingest and audit records. */
public record InboxFileRequest(InboxFile file, String workflowId) {}
