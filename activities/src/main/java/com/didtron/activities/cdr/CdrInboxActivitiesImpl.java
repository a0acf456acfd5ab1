package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.cdr.CdrInboxActivities;
import com.didtron.workflows.cdr.InboxFile;
import com.didtron.workflows.cdr.InboxFileRequest;
import com.didtron.workflows.cdr.InboxFileResult;
import com.didtron.workflows.cdr.InboxListing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CDR inbox on disk: {@code <inbox>/<tenant-code>/*.csv} (source {@code inbox}) and {@code
 * <inbox>/<tenant-code>/<source>/*.csv}. Writers drop a file under another name and rename it to
 * {@code .csv} when complete. Ingested files move to {@code done/}, unusable ones to {@code failed/}
 * next to a {@code .reason.txt}.
 */
@Component
public class CdrInboxActivitiesImpl implements CdrInboxActivities {
  static final String DEFAULT_SOURCE = "inbox";
  private static final Set<String> RESERVED = Set.of("done", "failed");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path inbox;
  private final DSLContext db;
  private final CdrIngestService ingest;
  private final Clock clock;

  CdrInboxActivitiesImpl(@Value("${didtron.cdr.inbox:}") String inboxDir,
      @Value("${didtron.data-dir:./data}") Path dataDir, DSLContext db, CdrIngestService ingest,
      Clock clock) {
    this.inbox = inboxDir == null || inboxDir.isBlank() ? dataDir.resolve("cdr-inbox")
        : Path.of(inboxDir);
    this.db = db;
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
    db.select(TENANT.ID, TENANT.CODE).from(TENANT).where(TENANT.DELETED_AT.isNull())
        .forEach(t -> collect(inbox.resolve(t.value2()), t.value1(), files));
    return new InboxListing(files);
  }

  private static void collect(Path tenantDir, UUID tenant, List<InboxFile> out) {
    if (!Files.isDirectory(tenantDir)) {
      return;
    }
    csvFiles(tenantDir).forEach(f -> out.add(new InboxFile(f.toString(), tenant, DEFAULT_SOURCE)));
    try (Stream<Path> dirs = Files.list(tenantDir)) {
      dirs.filter(Files::isDirectory).filter(d -> !RESERVED.contains(d.getFileName().toString()))
          .sorted().forEach(d -> csvFiles(d).forEach(f ->
              out.add(new InboxFile(f.toString(), tenant, d.getFileName().toString()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> csvFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
          .sorted(Comparator.comparing(Path::getFileName)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InboxFileResult ingest(InboxFileRequest request) {
    InboxFile file = request.file();
    Path path = Path.of(file.path());
    if (!Files.isRegularFile(path)) {
      return new InboxFileResult(file.path(), 0, 0, 0, 0, 0, "already processed");
    }
    Actor actor = Actor.system("cdr-inbox", new TenantId(file.tenantId()));
    IngestReport report;
    try (InputStream in = Files.newInputStream(path)) {
      report = ingest.ingest(actor, new IngestRequest(file.source(),
          path.getFileName().toString(), IngestRequest.Channel.INBOX, request.workflowId()), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    moveAway(path, report.refusal());
    return new InboxFileResult(file.path(), report.accepted(), report.rated(), report.unrated(),
        report.duplicates(), report.rejected(), report.refusal());
  }

  private void moveAway(Path path, String refusal) {
    Path tenantDir = tenantDirOf(path);
    Path target = tenantDir.resolve(refusal == null ? "done" : "failed");
    String name = STAMP.format(clock.instant()) + "-" + path.getFileName();
    try {
      Files.createDirectories(target);
      Files.move(path, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      if (refusal != null) {
        Files.writeString(target.resolve(name + ".reason.txt"), refusal + System.lineSeparator());
      }
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
