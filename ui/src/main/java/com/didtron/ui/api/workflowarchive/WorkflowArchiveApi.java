package com.didtron.ui.api.workflowarchive;

import com.didtron.activities.workflowindex.WorkflowRecovery;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Archiving the histories of running workflows into PostgreSQL on demand (super admins). */
@RestController
@Tag(name = "Workflows", description = "Workflow histories kept in PostgreSQL")
public class WorkflowArchiveApi {
  private final WorkflowRecovery recovery;

  public WorkflowArchiveApi(WorkflowRecovery recovery) {
    this.recovery = recovery;
  }

  /** How many running workflows' histories were copied. */
  public record Archived(int archived) {}

  @PostMapping("/api/workflows/archive")
  @Operation(
      summary = "Copy the histories of all running workflows into PostgreSQL now (super admin)")
  public Archived archive() {
    return new Archived(recovery.archiveOpenRuns(ApiActor.current()));
  }
}
