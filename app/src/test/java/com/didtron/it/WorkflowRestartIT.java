package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.workflowindex.WorkflowHistoryArchive;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.activities.workflowindex.WorkflowStatusReader.HistoryLine;
import com.didtron.app.cli.Didtron;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded Temporal server keeps nothing on disk. A real platform process is killed with {@code
 * kill -9} while a credit note waits for approval and an invoice run waits for its period to close;
 * started again on the same data directory, it starts both runs again from their stored inputs, the
 * credit note is approved exactly once, no invoice is issued twice, the invoice run still waits for
 * the same close instant and the killed runs' histories are read from the archive.
 */
class WorkflowRestartIT {
  private static final String YEARLY = "0 3 1 1 *";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  private Path dataDir;
  private PlatformProcess platform;
  private String key;
  private final YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
  private final YearMonth usageMonth = thisMonth.minusMonths(2);

  @AfterEach
  void stopEverything() throws Exception {
    if (platform != null) {
      platform.close();
    }
    PlatformProcess.stopLeftoverPostgres(dataDir);
  }

  /**
   * The platform's own clock (its CDR window, when usage is posted) sits in {@code usageMonth}, the
   * month before last; Temporal's timers run in real time, so that month's invoice run is due at
   * once and this month's waits for a close that is still ahead.
   */
  private PlatformProcess start() throws Exception {
    Instant platformNow = usageMonth.atDay(20).atTime(12, 0).toInstant(ZoneOffset.UTC);
    return PlatformProcess.start(
        dataDir,
        PlatformProcess.freePort(),
        PlatformProcess.freePort(),
        Map.of(
            "didtron.test.clock-offset",
            Duration.between(Instant.now(), platformNow).toString(),
            "didtron.workflow-index.archive-ms",
            "500",
            "didtron.workflow-index.refresh-ms",
            "500",
            "didtron.sip.monitor.cron",
            YEARLY,
            "didtron.fraud.scan.cron",
            YEARLY,
            "didtron.cdr.inbox-cron",
            YEARLY,
            "didtron.settlement.invoice-cron",
            YEARLY,
            "didtron.settlement.netting-cron",
            YEARLY));
  }

  @Test
  void aCreditNoteAndAnInvoiceRunWaitingWhenThePlatformIsKilledAreStartedAgainAndDecidedOnce()
      throws Exception {
    dataDir = tmp.resolve("data");
    Files.createDirectories(dataDir);
    platform = start();
    key = apiKeyFromTheCli();
    String customer = customerWithUsageIn(usageMonth);

    call(
        202,
        "POST",
        "/api/invoice-runs",
        "{\"accountId\":\"" + customer + "\",\"period\":\"" + usageMonth + "\"}");
    await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> invoicesOf(customer).get("total").asLong() == 1);
    String invoiceId = invoicesOf(customer).get("rows").get(0).get("id").asString();
    String waitingRun =
        call(
                202,
                "POST",
                "/api/invoice-runs",
                "{\"accountId\":\"" + customer + "\",\"period\":\"" + thisMonth + "\"}")
            .get("workflowId")
            .asString();
    JsonNode note =
        call(
            201,
            "POST",
            "/api/credit-notes",
            "{\"invoiceId\":\""
                + invoiceId
                + "\",\"amount\":\"0.05\",\"reason\":\"restart test\"}");
    String noteId = note.get("id").asString();
    String noteWorkflow = note.get("workflowId").asString();

    Instant closeBefore;
    String noteRunBefore;
    try (Temporal temporal = new Temporal(platform.temporalPort)) {
      closeBefore =
          await()
              .atMost(Duration.ofMinutes(2))
              .until(() -> temporal.timerFiresAt(waitingRun), t -> t != null);
      noteRunBefore = temporal.currentRun(noteWorkflow);
      long noteEvents = temporal.client.fetchHistory(noteWorkflow).getEvents().size();
      await()
          .atMost(Duration.ofMinutes(1))
          .until(() -> archivedEvents(noteWorkflow, noteRunBefore) >= noteEvents);
    }
    assertThat(closeBefore).isAfter(Instant.now());

    platform.killHard();
    platform = start();

    try (Temporal temporal = new Temporal(platform.temporalPort);
        Db db = new Db(dataDir)) {
      String noteRunAfter = temporal.currentRun(noteWorkflow);
      assertThat(noteRunAfter).isNotEqualTo(noteRunBefore);
      assertThat(
              db.dsl.fetchValue(
                  "SELECT status || ' ' || coalesce(restarted_from_run_id, '-') FROM workflow_run"
                      + " WHERE workflow_id = ? AND run_id = ?",
                  noteWorkflow,
                  noteRunAfter))
          .isEqualTo("RUNNING " + noteRunBefore);
      assertThat(
              db.dsl.fetchValue(
                  "SELECT status FROM workflow_run WHERE workflow_id = ? AND run_id = ?",
                  noteWorkflow,
                  noteRunBefore))
          .isEqualTo("RESTARTED");
      assertThat(
              db.dsl.fetchValue(
                  "SELECT count(*) FROM audit_log WHERE entity_type = 'workflow_run'"
                      + " AND entity_id = ? AND after->>'restartedFrom' = ?",
                  noteWorkflow,
                  noteRunBefore))
          .isEqualTo(1L);

      // the auditor still reads the killed run, from the archive, linked to the run that replaced
      // it
      WorkflowStatusReader reader = db.reader(temporal.client);
      List<HistoryLine> before = reader.history(noteWorkflow, noteRunBefore);
      assertThat(before)
          .extracting(HistoryLine::eventType)
          .startsWith("WORKFLOW_EXECUTION_STARTED")
          .contains("TIMER_STARTED")
          .endsWith(WorkflowStatusReader.RESTARTED_AS);
      assertThat(before.getLast().details()).contains(noteRunAfter);
      assertThat(reader.history(noteWorkflow, noteRunAfter))
          .extracting(HistoryLine::eventType)
          .startsWith(WorkflowStatusReader.RESTARTED_FROM, "WORKFLOW_EXECUTION_STARTED");

      // the invoice run waits again, until the same close instant
      Instant closeAfter =
          await()
              .atMost(Duration.ofMinutes(2))
              .until(() -> temporal.timerFiresAt(waitingRun), t -> t != null);
      assertThat(Duration.between(closeBefore, closeAfter).abs()).isLessThan(Duration.ofSeconds(2));

      // four eyes: the super admin asked for the note, a finance user approves it
      key = financeKeyFromTheCli();
      call(
          202,
          "POST",
          "/api/credit-notes/" + noteId + "/approve",
          "{\"note\":\"ok after restart\"}");
      await()
          .atMost(Duration.ofMinutes(2))
          .until(
              () ->
                  "APPROVED"
                      .equals(
                          call(200, "GET", "/api/credit-notes/" + noteId, null)
                              .get("status")
                              .asString()));
      assertThat(
              db.dsl.fetchValue(
                  "SELECT count(*) FROM journal_entry WHERE source_type = 'CREDIT_NOTE'"
                      + " AND source_id = ?",
                  noteId))
          .isEqualTo(1L);
      assertThat(invoicesOf(customer).get("total").asLong()).isEqualTo(1);
      assertThat(
              db.dsl.fetchValue(
                  "SELECT count(*) FROM invoice WHERE account_id = ?::uuid", customer))
          .isEqualTo(1L);
    }
  }

  private String apiKeyFromTheCli() {
    return apiKeyFromTheCli(PlatformProcess.ADMIN);
  }

  /** A finance user made with {@code admin user create}, and its key. */
  private String financeKeyFromTheCli() {
    String email = Fixtures.unique("finance") + "@restart.example";
    var cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(
            cli.execute(
                "admin",
                "user",
                "create",
                "--email",
                email,
                "--role",
                "FINANCE",
                "--data-dir",
                dataDir.toString()))
        .isZero();
    return apiKeyFromTheCli(email);
  }

  private String apiKeyFromTheCli(String email) {
    var cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(
            cli.execute(
                "admin", "api-key", "create", "--user", email, "--data-dir", dataDir.toString()))
        .isZero();
    return out.toString().strip();
  }

  /** A postpaid customer and a carrier with decks, and two rated calls in {@code month}. */
  private String customerWithUsageIn(YearMonth month) throws Exception {
    String customerName = Fixtures.unique("RestartCustomer");
    String carrierName = Fixtures.unique("RestartCarrier");
    String customer = account(customerName, "CUSTOMER");
    String carrier = account(carrierName, "CARRIER");
    deck(customer, "SELL", "44,UK,0.0200,0,60,6,2020-01-01,\n");
    deck(carrier, "BUY", "44,UK,0.0100,0,60,6,2020-01-01,\n");
    String day = month.atDay(5).toString();
    JsonNode ingest =
        call(
            200,
            "POST",
            "/api/cdrs?source=restart-switch&fileName=restart.csv",
            "text/csv",
            RatingFixtures.CDR_HEADER
                + "r1,"
                + customerName
                + ","
                + carrierName
                + ",100,442071234567,"
                + day
                + "T10:00:00Z,600\n"
                + "r2,"
                + customerName
                + ","
                + carrierName
                + ",100,442071234568,"
                + day
                + "T11:00:00Z,300\n");
    assertThat(ingest.get("rated").asLong()).isEqualTo(2);
    return customer;
  }

  private String account(String name, String kind) throws Exception {
    return call(
            201,
            "POST",
            "/api/accounts",
            """
        {"name":"%s","kind":"%s","currency":"USD","billingMode":"POSTPAID","creditLimit":100,
         "email":"ap@restart.example"}"""
                .formatted(name, kind))
        .get("id")
        .asString();
  }

  private void deck(String ownerId, String side, String rows) throws Exception {
    String card =
        call(
                201,
                "POST",
                "/api/rate-cards",
                "{\"ownerId\":\"" + ownerId + "\",\"side\":\"" + side + "\"}")
            .get("id")
            .asString();
    call(
        200,
        "POST",
        "/api/rate-cards/" + card + "/imports?mode=REPLACE&activate=true",
        "text/csv",
        RatingFixtures.HEADER + rows);
  }

  private JsonNode invoicesOf(String customer) throws Exception {
    return call(200, "GET", "/api/invoices?accountId=" + customer, null);
  }

  private JsonNode call(int status, String method, String path, String json) throws Exception {
    return call(status, method, path, json == null ? null : "application/json", json);
  }

  private JsonNode call(int status, String method, String path, String type, String body)
      throws Exception {
    HttpResponse<String> r = new ApiClient(platform.httpPort).text(method, path, key, type, body);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }

  private long archivedEvents(String workflowId, String runId) throws Exception {
    try (Db db = new Db(dataDir)) {
      Object n =
          db.dsl.fetchValue(
              "SELECT event_count FROM workflow_history_archive WHERE workflow_id = ?"
                  + " AND run_id = ?",
              workflowId,
              runId);
      return n == null ? 0 : ((Number) n).longValue();
    }
  }

  /** A client of the platform's embedded Temporal server. */
  private static final class Temporal implements AutoCloseable {
    final WorkflowServiceStubs stubs;
    final WorkflowClient client;

    Temporal(int port) {
      stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
      client =
          WorkflowClient.newInstance(
              stubs, WorkflowClientOptions.newBuilder().setNamespace("default").build());
    }

    String currentRun(String workflowId) {
      return client.newUntypedWorkflowStub(workflowId).describe().getExecution().getRunId();
    }

    /**
     * When the run's pending timer fires (its start plus its timeout); null before it started one.
     */
    Instant timerFiresAt(String workflowId) {
      for (HistoryEvent e : client.fetchHistory(workflowId).getEvents()) {
        if (e.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED) {
          var timeout = e.getTimerStartedEventAttributes().getStartToFireTimeout();
          return Instant.ofEpochSecond(e.getEventTime().getSeconds(), e.getEventTime().getNanos())
              .plusSeconds(timeout.getSeconds())
              .plusNanos(timeout.getNanos());
        }
      }
      return null;
    }

    @Override
    public void close() {
      stubs.shutdownNow();
    }
  }

  /**
   * The platform's embedded PostgreSQL, signed in with the password stored in the data directory.
   */
  private static final class Db implements AutoCloseable {
    final Connection connection;
    final DSLContext dsl;

    Db(Path dataDir) throws Exception {
      List<String> pid = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
      String password = Files.readString(dataDir.resolve("pg-password")).strip();
      connection =
          DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/didtron",
              "postgres",
              password);
      dsl = DSL.using(connection, SQLDialect.POSTGRES);
    }

    /** The history-fetch service as the platform wires it, over this database and that server. */
    WorkflowStatusReader reader(WorkflowClient client) {
      WorkflowIndex index = new WorkflowIndex(dsl, Clock.systemUTC());
      return new WorkflowStatusReader(
          client, new WorkflowHistoryArchive(client, dsl, Clock.systemUTC()), index);
    }

    @Override
    public void close() throws Exception {
      connection.close();
    }
  }
}
