package com.didtron.ui.storage;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.domain.access.Actor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.UUID;

/**
 * Download links of stored files. The bytes come from {@link StoredFiles#open} with the actor of
 * the page, so the storage rule decides (the file's account and staff of its tenant), as for {@code
 * GET /api/files/{id}}.
 */
public final class FileLinks {
  private FileLinks() {}

  /** A link that downloads file {@code id} as {@code actor} when clicked. */
  public static Anchor download(StoredFiles files, Actor actor, UUID id, String label) {
    Anchor a =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  StoredFiles.Download d = files.open(actor, id);
                  return new DownloadResponse(
                      d.bytes(), d.file().name(), d.file().contentType().mime(), d.file().size());
                }),
            label);
    a.getElement().setAttribute("download", true);
    a.addClassName("dt-file-link");
    return a;
  }

  /** A size as people read it: bytes, KB or MB. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }
}
