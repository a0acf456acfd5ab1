package com.didtron.activities.system;

import com.didtron.activities.Facade;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** How the platform's parts stand, for the system page. */
@Service
@Facade
public class PlatformStatus {
  /** One part: whether it answers, and what it is. */
  public record Part(String name, boolean up, String detail) {}

  private final DSLContext db;
  private final WorkflowClient temporal;

  public PlatformStatus(DSLContext db, WorkflowClient temporal) {
    this.db = db;
    this.temporal = temporal;
  }

  public Part database(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    try {
      String version = db.fetchValue(DSL.field("version()", String.class));
      String size =
          db.fetchValue(
              DSL.field("pg_size_pretty(pg_database_size(current_database()))", String.class));
      return new Part("PostgreSQL", true, version.split(",")[0] + " · " + size);
    } catch (RuntimeException e) {
      return new Part("PostgreSQL", false, "not reachable");
    }
  }

  public Part temporal(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    String target = temporal.getWorkflowServiceStubs().getOptions().getTarget();
    String where = target + " · namespace " + temporal.getOptions().getNamespace();
    try {
      temporal
          .getWorkflowServiceStubs()
          .blockingStub()
          .withDeadlineAfter(2, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return new Part("Temporal", true, where);
    } catch (RuntimeException e) {
      return new Part("Temporal", false, where + " · not reachable");
    }
  }
}
