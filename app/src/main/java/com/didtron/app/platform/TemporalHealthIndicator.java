package com.didtron.app.platform;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the Temporal connection: UP only when the server answers within two seconds. */
@Component("temporal")
class TemporalHealthIndicator extends AbstractHealthIndicator {
  private final WorkflowServiceStubs stubs;
  private final TemporalConfig.TemporalTarget target;

  TemporalHealthIndicator(WorkflowServiceStubs stubs, TemporalConfig.TemporalTarget target) {
    super("Temporal is not reachable");
    this.stubs = stubs;
    this.target = target;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder
        .withDetail("target", target.target())
        .withDetail("namespace", target.namespace())
        .withDetail("embedded", target.isEmbedded());
    stubs
        .blockingStub()
        .withDeadlineAfter(2, TimeUnit.SECONDS)
        .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    builder.up();
  }
}
