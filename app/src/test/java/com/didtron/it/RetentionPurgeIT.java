package com.didtron.it;

import static com.didtron.activities.db.Tables.ACCOUNT;
import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.activities.workflowindex.WorkflowStatusReader;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import com.didtron.workflows.retention.PurgeReport;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention purge end to end: Temporal workflow, activities on PostgreSQL, audit, index. */
class RetentionPurgeIT extends PlatformIT {
  @Autowired AccountService accounts;
  @Autowired RetentionService retention;
  @Autowired WorkflowClient temporal;
  @Autowired WorkflowIndex index;
  @Autowired WorkflowStatusReader reader;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private void deletedLongAgo(Account a) {
    accounts.delete(admin(), a.id());
    db.update(ACCOUNT)
        .set(ACCOUNT.DELETED_AT, OffsetDateTime.now().minusYears(20).toInstant())
        .where(ACCOUNT.ID.eq(a.id().value()))
        .execute();
  }

  @Test
  void purgesRowsPastRetentionAuditsThemAndKeepsWhatIsStillReferenced() {
    Actor admin = admin();
    Account expired = fixtures.account(admin, Fixtures.unique("Expired"));
    Account referenced = fixtures.account(admin, Fixtures.unique("Referenced"));
    Account recent = fixtures.account(admin, Fixtures.unique("Recent"));
    fixtures.portalUser(admin, referenced, Role.CUSTOMER);
    deletedLongAgo(expired);
    deletedLongAgo(referenced);
    accounts.delete(admin, recent.id());

    WorkflowRun run = retention.purgeNow(admin);
    PurgeReport report =
        temporal.newUntypedWorkflowStub(run.workflowId()).getResult(PurgeReport.class);

    assertThat(report.purged().get("account")).isGreaterThanOrEqualTo(1);
    assertThat(report.keptReferenced().get("account")).isGreaterThanOrEqualTo(1);
    assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(expired.id().value()))).isFalse();
    assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(referenced.id().value()))).isTrue();
    assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(recent.id().value()))).isTrue();

    var purgeEntry =
        db.selectFrom(AUDIT_LOG)
            .where(
                AUDIT_LOG.ENTITY_ID.eq(expired.id().toString()).and(AUDIT_LOG.ACTION.eq("PURGE")))
            .fetchSingle();
    assertThat(purgeEntry.getActor()).isEqualTo("system:retention-purge");
    assertThat(purgeEntry.getWorkflowId()).isEqualTo(run.workflowId());
    assertThat(purgeEntry.getBefore().data()).contains(expired.name());
    assertThat(purgeEntry.getAfter()).isNull();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(index.find(run.workflowId(), run.runId()).orElseThrow().status())
                    .isEqualTo(WorkflowRunStatus.COMPLETED));
    assertThat(reader.history(run.workflowId(), run.runId()))
        .extracting(WorkflowStatusReader.HistoryLine::eventType)
        .contains(
            "WORKFLOW_EXECUTION_STARTED",
            "ACTIVITY_TASK_COMPLETED",
            "WORKFLOW_EXECUTION_COMPLETED");
  }

  @Test
  void theDailyPurgeIsScheduledOnStartAndListedInTheWorkflowIndex() {
    assertThat(index.recent(admin(), "retention-purge", PageRequest.first(50)).rows())
        .anySatisfy(
            r -> {
              assertThat(r.workflowId()).isEqualTo("retention-purge");
              assertThat(r.workflowType()).isEqualTo("RetentionPurgeWorkflow");
            });
    assertThat(reader.current("retention-purge")).isPresent();
  }
}
