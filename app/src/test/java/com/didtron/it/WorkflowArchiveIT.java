package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.WORKFLOW_HISTORY_ARCHIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.workflowindex.WorkflowHistoryArchive;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.retention.RetentionPurgeWorkflow;
import io.temporal.api.enums.v1.EventType;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On demand, a super admin copies the histories of the running workflows into PostgreSQL (audited);
 * other staff may not. The copy is Temporal's history as it stands.
 */
class WorkflowArchiveIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired WorkflowIndex index;
  @Autowired WorkflowHistoryArchive archive;
  @Autowired DSLContext db;

  @Test
  void aSuperAdminArchivesTheRunningWorkflowsOnDemandAndFinanceMayNot() throws Exception {
    WorkflowRun retention =
        index.open().stream()
            .filter(r -> r.workflowId().equals(RetentionPurgeWorkflow.SCHEDULED_ID))
            .findFirst()
            .orElseThrow();
    long auditsBefore =
        db.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq("workflow_history_archive"));

    String financeKey =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();
    HttpResponse<String> refused =
        new ApiClient(port).json("POST", "/api/workflows/archive", financeKey, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq("workflow_history_archive")))
        .isEqualTo(auditsBefore);

    String adminKey = keys.create(admin(), "archive").secret();
    HttpResponse<String> done =
        new ApiClient(port).json("POST", "/api/workflows/archive", adminKey, null);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(done.body()).matches("\\{\"archived\":[1-9]\\d*}");
    assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq("workflow_history_archive")))
        .isEqualTo(auditsBefore + 1);

    var copy = archive.read(retention.workflowId(), retention.runId()).orElseThrow();
    assertThat(copy.getEvents(0).getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED);
    assertThat(
            db.select(WORKFLOW_HISTORY_ARCHIVE.COMPLETE)
                .from(WORKFLOW_HISTORY_ARCHIVE)
                .where(
                    WORKFLOW_HISTORY_ARCHIVE
                        .WORKFLOW_ID
                        .eq(retention.workflowId())
                        .and(WORKFLOW_HISTORY_ARCHIVE.RUN_ID.eq(retention.runId())))
                .fetchOne(WORKFLOW_HISTORY_ARCHIVE.COMPLETE))
        .isFalse();
  }
}
