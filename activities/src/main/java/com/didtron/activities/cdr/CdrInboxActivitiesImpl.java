package com.didtron.activities.cdr;

import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.TenantId;
import com.didtron.rating.deck.LineError;
import com.didtron.workflows.cdr.CdrInboxActivities;
import com.didtron.workflows.cdr.InboxFile;
import com.didtron.workflows.cdr.InboxFileRequest;
import com.didtron.workflows.cdr.InboxFileResult;
import com.didtron.workflows.cdr.InboxListing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The CDR inbox on disk: {@code <inbox>/<tenant-code>/*.csv} (source {@code inbox}) and {@code
 * <inbox>/<tenant-code>/<source>/*.csv}. Writers drop a file under another name and rename it to
 * {@code .csv} when complete. Ingested files move to {@code done/}, unusable ones to {@code
 * failed/} next to a {@code .reason.txt} that never quotes the file. Symbolic links and entries
 * that are no regular file are moved to {@code failed/} as they are (a link as the link), never
 * followed or read.
 */
@Component
public class CdrInboxActivitiesImpl implements CdrInboxActivities {
  static final String DEFAULT_SOURCE = "inbox";
  private static final Logger log = LoggerFactory.getLogger(CdrInboxActivitiesImpl.class);
  private static final Set<String> RESERVED = Set.of("done", "failed");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path inbox;
  private final Tenants tenants;
  private final CdrIngestService ingest;
  private final Clock clock;

  CdrInboxActivitiesImpl(
      @Value("${didtron.cdr.inbox:}") String inboxDir,
      @Value("${didtron.data-dir:./data}") Path dataDir,
      Tenants tenants,
      CdrIngestService ingest,
      Clock clock) {
    this.inbox =
        inboxDir == null || inboxDir.isBlank() ? dataDir.resolve("cdr-inbox") : Path.of(inboxDir);
    this.tenants = tenants;
    this.ingest = ingest;
    this.clock = clock;
  }

  /** The inbox directory. */
  public Path inbox() {
    return inbox;
  }

  @Override
  public InboxListing list() {
    List<InboxFile> files = new ArrayList<>();
    List<InboxFileResult> refused = new ArrayList<>();
    tenants.live().forEach(t -> collect(inbox.resolve(t.code()), t.id().value(), files, refused));
    return new InboxListing(files, refused);
  }

  /**
   * The tenant's files, then each source directory's; a link or a non-regular ".csv" entry is moved
   * to {@code failed/} with its reason instead, never followed.
   */
  private void collect(
      Path tenantDir, UUID tenant, List<InboxFile> files, List<InboxFileResult> refused) {
    if (!InboxDisk.isPlainDirectory(tenantDir)) {
      if (InboxDisk.attributes(tenantDir) != null) {
        log.warn("CDR inbox: {} is not a plain directory (a link?); not followed", tenantDir);
      }
      return;
    }
    List<Path> sources = new ArrayList<>();
    for (Path entry : InboxDisk.entries(tenantDir)) {
      BasicFileAttributes a = InboxDisk.attributes(entry);
      if (a == null || RESERVED.contains(entry.getFileName().toString())) {
        continue;
      }
      if (a.isSymbolicLink() || (InboxDisk.isCsv(entry) && !a.isRegularFile())) {
        refused.add(refuse(entry, tenantDir, InboxDisk.refusal(a)));
      } else if (a.isDirectory()) {
        sources.add(entry);
      } else if (InboxDisk.isCsv(entry)) {
        files.add(new InboxFile(entry.toString(), tenant, DEFAULT_SOURCE));
      }
    }
    for (Path dir : sources) {
      for (Path entry : InboxDisk.entries(dir)) {
        BasicFileAttributes a = InboxDisk.attributes(entry);
        if (a == null || !InboxDisk.isCsv(entry)) {
          continue;
        }
        if (a.isRegularFile()) {
          files.add(new InboxFile(entry.toString(), tenant, dir.getFileName().toString()));
        } else {
          refused.add(refuse(entry, tenantDir, InboxDisk.refusal(a)));
        }
      }
    }
  }

  @Override
  public InboxFileResult ingest(InboxFileRequest request) {
    InboxFile file = request.file();
    Path path = Path.of(file.path());
    BasicFileAttributes attributes = InboxDisk.attributes(path);
    if (attributes == null) {
      return new InboxFileResult(file.path(), 0, 0, 0, 0, 0, "already processed");
    }
    if (!attributes.isRegularFile()) {
      return refuse(path, tenantDirOf(path), InboxDisk.refusal(attributes));
    }
    Actor actor = Actor.system("cdr-inbox", new TenantId(file.tenantId()));
    IngestReport report;
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      report =
          ingest.ingest(
              actor,
              new IngestRequest(
                  file.source(),
                  path.getFileName().toString(),
                  IngestRequest.Channel.INBOX,
                  request.workflowId()),
              in);
    } catch (IOException | RuntimeException e) {
      if (isInfrastructure(e)) {
        throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
      }
      log.warn("CDR inbox: {} quarantined: {}", path, InboxReasons.unreadable(e));
      return refuse(path, tenantDirOf(path), InboxReasons.unreadable(e));
    }
    String failure =
        report.refusal() == null
            ? null
            : InboxReasons.header(report.firstRejects().stream().map(LineError::reason).toList());
    moveAway(path, failure == null ? "done" : "failed", failure);
    return new InboxFileResult(
        file.path(),
        report.accepted(),
        report.rated(),
        report.unrated(),
        report.duplicates(),
        report.rejected(),
        failure);
  }

  /** Database and transaction trouble is retried by the workflow, not blamed on the file. */
  private static boolean isInfrastructure(Exception e) {
    return e instanceof DataAccessException
        || e instanceof TransactionException
        || e instanceof AccessDenied;
  }

  /** Moves an entry to {@code failed/} with its reason; the result says what happened. */
  private InboxFileResult refuse(Path entry, Path tenantDir, String reason) {
    String outcome =
        moveAway(entry, tenantDir, "failed", reason)
            ? reason
            : reason + "; left in place: failed/ is not a plain directory";
    return new InboxFileResult(entry.toString(), 0, 0, 0, 0, 0, outcome);
  }

  private void moveAway(Path path, String folder, String reason) {
    if (!moveAway(path, tenantDirOf(path), folder, reason)) {
      throw new IllegalStateException(
          "CDR inbox: "
              + folder
              + "/ under "
              + tenantDirOf(path)
              + " is not a plain directory; "
              + path
              + " stays in place");
    }
  }

  private boolean moveAway(Path path, Path tenantDir, String folder, String reason) {
    String name = STAMP.format(clock.instant()) + "-" + path.getFileName();
    try {
      return InboxDisk.moveInto(path, tenantDir, folder, name, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code <inbox>/<tenant-code>} for a file directly in it or in a source directory below it. */
  private Path tenantDirOf(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return dir.getParent().equals(inbox.toAbsolutePath()) ? dir : dir.getParent();
  }
}
