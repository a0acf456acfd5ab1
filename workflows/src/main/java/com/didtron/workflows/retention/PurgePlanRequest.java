package com.didtron.workflows.retention;

/** Asks which entity types to purge; carries the workflow id for the audit trail. */
public record PurgePlanRequest(String workflowId) {}
