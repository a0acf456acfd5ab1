package com.didtron.workflows.cdr;

import java.util.List;

/** The files found in the inbox, oldest first. */
public record InboxListing(List<InboxFile> files) {
  public InboxListing {
    files = List.copyOf(files);
  }
}
