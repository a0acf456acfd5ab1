package com.didtron.workflows.cdr;

import java.util.List;

/**
 * The files found in the inbox, oldest first, and the entries the listing refused and moved to
 * {@code failed/} (symbolic links, pipes, devices, directories named like CDR files).
 */
public record InboxListing(List<InboxFile> files, List<InboxFileResult> refused) {
  public InboxListing {
    files = List.copyOf(files);
    refused = refused == null ? List.of() : List.copyOf(refused);
  }

  public InboxListing(List<InboxFile> files) {
    this(files, List.of());
  }
}
