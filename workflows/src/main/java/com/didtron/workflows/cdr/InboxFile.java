package com.didtron.workflows.cdr;

import java.util.UUID;

/**
 * A CDR file waiting in the inbox directory.
 *
 * @param path absolute path of the file
 * @param tenantId the tenant whose directory holds it
 * @param source the source its call ids come from (its sub-directory, or {@code inbox})
 */
public record InboxFile(String path, UUID tenantId, String source) {}
