package com.didtron.workflows.cdr;

import java.util.List;

/** One sweep of the inbox: per-file results and totals. */
public record InboxReport(List<InboxFileResult> files) {
  public InboxReport {
    files = List.copyOf(files);
  }

  public long accepted() {
    return files.stream().mapToLong(InboxFileResult::accepted).sum();
  }

  public long duplicates() {
    return files.stream().mapToLong(InboxFileResult::duplicates).sum();
  }
}
