package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.CDR;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.tenant.TenantService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.RecordingUsageSink;
import com.didtron.domain.usage.UsageBatch;
import com.didtron.domain.usage.UsageCharge;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.workflows.cdr.InboxReport;
import com.didtron.workflows.cdr.RerateReport;
import com.didtron.workflows.cdr.RerateRequest;
import io.temporal.client.WorkflowClient;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Re-rating a period after a deck fix, and the inbox sweep, as real Temporal workflows. */
class CdrWorkflowsIT extends ActivitiesIT {
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired CdrWorkflows workflows;
  @Autowired CdrInboxActivitiesImpl inbox;
  @Autowired TenantService tenants;
  @Autowired RecordingUsageSink ledger;
  @Autowired WorkflowClient temporal;
  @Autowired DSLContext db;

  private RerateReport rerate(String from, String to, RerateRequest.Scope scope) {
    WorkflowRun run = workflows.rerate(admin(), Instant.parse(from), Instant.parse(to), scope);
    return temporal.newUntypedWorkflowStub(run.workflowId()).getResult(RerateReport.class);
  }

  private static UsageCharge customerCharge(UsageBatch b) {
    return b.charges().stream()
        .filter(c -> c.leg() == UsageCharge.Leg.CUSTOMER)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reratingAfterADeckFixChargesNewlyRatedCdrsAndOnlyTheDifferenceOfRepricedOnes() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "44,UK,0.0600,0,60,60,2025-01-01,\n",
            "44,UK,0.0100,0,60,60,2025-01-01,\n33,France,0.0100,0,60,60,2025-01-01,\n");
    String source = Fixtures.unique("sw");
    String csv =
        RatingFixtures.CDR_HEADER
            + "r1,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,4420,2025-03-10T10:00:00Z,60\n"
            + "r2,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,3312,2025-03-11T10:00:00Z,120\n";
    ingest.ingest(
        admin(),
        new IngestRequest(source, "m.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    int before = ledger.charging(p.customer().id().value()).size();
    rating.activate(
        admin(),
        p.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER
            + "44,UK,0.0300,0,60,60,2025-01-01,\n33,France,0.0200,0,60,60,2025-01-01,\n");

    RerateReport unrated =
        rerate("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", RerateRequest.Scope.UNRATED);
    assertThat(List.of(unrated.examined(), unrated.newlyRated(), unrated.repriced()))
        .containsExactly(1L, 1L, 0L);
    List<UsageBatch> after = ledger.charging(p.customer().id().value());
    assertThat(customerCharge(after.get(after.size() - 1)).amount().amount())
        .isEqualByComparingTo("0.04");

    RerateReport all =
        rerate("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", RerateRequest.Scope.ALL);
    assertThat(List.of(all.examined(), all.newlyRated(), all.repriced()))
        .containsExactly(2L, 0L, 1L);
    List<UsageBatch> last = ledger.charging(p.customer().id().value());
    UsageCharge diff = customerCharge(last.get(last.size() - 1));
    assertThat(diff.amount().amount()).isEqualByComparingTo("-0.03");
    assertThat(diff.calls()).isZero();
    assertThat(last).hasSize(before + 2);

    assertThat(
            rerate("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", RerateRequest.Scope.ALL)
                .repriced())
        .isZero();
    assertThat(ledger.charging(p.customer().id().value())).hasSize(before + 2);
    assertThat(
            db.select(CDR.CUSTOMER_COST)
                .from(CDR)
                .where(CDR.SOURCE.eq(source))
                .orderBy(CDR.CALL_ID)
                .fetch(CDR.CUSTOMER_COST))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.030000", "0.040000");
  }

  @Test
  void theInboxSweepIngestsDroppedFilesUnderTheirSourceAndMovesThemToDone() throws Exception {
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "1,USA,0.0100,0,6,6,2026-01-01,\n", "1,USA,0.0050,0,6,6,2026-01-01,\n");
    String code = tenants.get(admin().tenantId()).orElseThrow().code();
    String source = Fixtures.unique("sw");
    Path dir = inbox.inbox().resolve(code).resolve(source);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("calls.csv"),
        RatingFixtures.CDR_HEADER
            + "i1,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,12125550100,2026-11-03T00:00:00Z,6\n"
            + "i2,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,12125550101,2026-11-03T00:01:00Z,7\n");

    WorkflowRun run = workflows.sweepInboxNow(admin());
    InboxReport report =
        temporal.newUntypedWorkflowStub(run.workflowId()).getResult(InboxReport.class);

    assertThat(report.files()).isNotEmpty();
    assertThat(db.fetchCount(CDR, CDR.SOURCE.eq(source).and(CDR.STATUS.eq(RatingStatus.RATED))))
        .isEqualTo(2);
    assertThat(Files.exists(dir.resolve("calls.csv"))).isFalse();
    try (Stream<Path> done = Files.list(inbox.inbox().resolve(code).resolve("done"))) {
      assertThat(done.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith("-calls.csv"));
    }
  }
}
