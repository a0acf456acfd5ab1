package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.tenant.TenantService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.cdr.InboxFileResult;
import com.didtron.workflows.cdr.InboxReport;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CDR inbox meets files it must not trust: links, pipes and unreadable files are moved to
 * {@code failed/} with a reason that never quotes them, and the sweep goes on with the next file.
 */
class CdrInboxBadFilesIT extends ActivitiesIT {
  private static final String SECRET = "s3cret-carrier-token";

  @Autowired RatingFixtures rating;
  @Autowired CdrWorkflows workflows;
  @Autowired CdrInboxActivitiesImpl inbox;
  @Autowired TenantService tenants;
  @Autowired WorkflowClient temporal;
  @Autowired DSLContext db;
  @TempDir Path outside;

  @Test
  void linksPipesAndUnparsableFilesAreQuarantinedWithTheirReasonAndTheGoodFileAfterThemIsIngested()
      throws Exception {
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "1,USA,0.0100,0,6,6,2026-01-01,\n", "1,USA,0.0050,0,6,6,2026-01-01,\n");
    String tag = Fixtures.unique("q");
    Path tenantDir = inbox.inbox().resolve(tenants.get(admin().tenantId()).orElseThrow().code());
    Path dir = tenantDir.resolve(tag);
    Files.createDirectories(dir);
    Path elsewhere = Files.writeString(outside.resolve("elsewhere.csv"), cdrs(p, tag + "-outside"));
    Files.writeString(
        dir.resolve(tag + "-a-garbage.csv"), SECRET + ";not,a,cdr,header\n" + SECRET + "\n");
    Files.createSymbolicLink(dir.resolve(tag + "-b-link.csv"), elsewhere);
    mkfifo(dir.resolve(tag + "-c-pipe.csv"));
    Files.writeString(dir.resolve(tag + "-d-good.csv"), cdrs(p, tag + "-good"));
    Files.createSymbolicLink(tenantDir.resolve(tag + "-linked-source"), outside);

    InboxReport report = sweep();

    Map<String, String> failures =
        report.files().stream()
            .filter(f -> f.path().contains(tag))
            .filter(f -> f.failure() != null)
            .collect(
                Collectors.toMap(
                    f -> Path.of(f.path()).getFileName().toString(), InboxFileResult::failure));
    assertThat(failures)
        .containsOnlyKeys(
            tag + "-a-garbage.csv",
            tag + "-b-link.csv",
            tag + "-c-pipe.csv",
            tag + "-linked-source");
    assertThat(failures.get(tag + "-a-garbage.csv"))
        .contains("header line cannot be used")
        .doesNotContain(SECRET);
    assertThat(failures.get(tag + "-b-link.csv")).contains("symbolic link");
    assertThat(failures.get(tag + "-linked-source")).contains("symbolic link");
    assertThat(failures.get(tag + "-c-pipe.csv")).contains("not a regular file");

    assertThat(db.fetchCount(CDR, CDR.SOURCE.eq(tag).and(CDR.CALL_ID.like(tag + "-good%"))))
        .isEqualTo(2);
    assertThat(db.fetchCount(CDR, CDR.CALL_ID.like(tag + "-outside%"))).isZero();
    assertThat(elsewhere).hasContent(cdrs(p, tag + "-outside"));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    Path failed = tenantDir.resolve("failed");
    assertThat(Files.isSymbolicLink(quarantined(failed, tag + "-b-link.csv"))).isTrue();
    assertThat(Files.isSymbolicLink(quarantined(failed, tag + "-linked-source"))).isTrue();
    assertThat(Files.readString(reasonOf(failed, tag + "-a-garbage.csv")))
        .contains("header line cannot be used")
        .contains("an unknown column")
        .doesNotContain(SECRET);
    assertThat(Files.readString(reasonOf(failed, tag + "-c-pipe.csv")))
        .contains("not a regular file");
    assertThat(quarantined(tenantDir.resolve("done"), tag + "-d-good.csv")).isRegularFile();
  }

  private InboxReport sweep() {
    WorkflowRun run = workflows.sweepInboxNow(admin());
    return temporal.newUntypedWorkflowStub(run.workflowId()).getResult(InboxReport.class);
  }

  private static String cdrs(RatingFixtures.Pair p, String callPrefix) {
    return RatingFixtures.CDR_HEADER
        + callPrefix
        + "-1,"
        + p.customer().name()
        + ","
        + p.carrier().name()
        + ",1,12125550100,2026-11-03T00:00:00Z,6\n"
        + callPrefix
        + "-2,"
        + p.customer().name()
        + ","
        + p.carrier().name()
        + ",1,12125550101,2026-11-03T00:01:00Z,7\n";
  }

  /** The entry moved into {@code folder} as {@code <stamp>-<name>}. */
  private static Path quarantined(Path folder, String name) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(f -> f.getFileName().toString().endsWith("-" + name))
          .findFirst()
          .orElseThrow(() -> new AssertionError(name + " is not in " + folder));
    }
  }

  private static Path reasonOf(Path failed, String name) throws Exception {
    return failed.resolve(quarantined(failed, name).getFileName() + ".reason.txt");
  }

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor()).isZero();
  }
}
