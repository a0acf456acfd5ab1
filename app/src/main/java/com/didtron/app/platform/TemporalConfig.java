package com.didtron.app.platform;

import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Temporal connection: a cluster when {@code didtron.temporal.address} is set, else embedded.
 */
@Configuration(proxyBeanMethods = false)
class TemporalConfig {

  /** Where the platform's Temporal is, and whether it runs in this process. */
  record TemporalTarget(String target, String namespace, EmbeddedTemporal embedded)
      implements AutoCloseable {
    boolean isEmbedded() {
      return embedded != null;
    }

    @Override
    public void close() throws Exception {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  @Bean(destroyMethod = "close")
  TemporalTarget temporalTarget(DidtronProperties props) {
    DidtronProperties.Temporal t = props.temporal();
    if (t.external()) {
      return new TemporalTarget(t.address().strip(), t.namespace(), null);
    }
    EmbeddedTemporal embedded = EmbeddedTemporal.start(props.bindAddress(), t.embeddedPort());
    return new TemporalTarget(embedded.target(), t.namespace(), embedded);
  }

  @Bean(destroyMethod = "shutdown")
  WorkflowServiceStubs workflowServiceStubs(TemporalTarget target) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target.target()).build());
    try {
      stubs
          .blockingStub()
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
    } catch (StatusRuntimeException e) {
      stubs.shutdownNow();
      throw new StartupProblem(
          "cannot reach Temporal at "
              + target.target()
              + " (namespace "
              + target.namespace()
              + "): "
              + e.getStatus().getCode()
              + (e.getStatus().getDescription() == null
                  ? ""
                  : " " + e.getStatus().getDescription()),
          e);
    }
    return stubs;
  }

  @Bean
  WorkflowClient workflowClient(WorkflowServiceStubs stubs, TemporalTarget target) {
    return WorkflowClient.newInstance(
        stubs, WorkflowClientOptions.newBuilder().setNamespace(target.namespace()).build());
  }
}
