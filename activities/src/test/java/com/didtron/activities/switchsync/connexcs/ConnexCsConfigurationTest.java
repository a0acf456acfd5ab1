package com.didtron.activities.switchsync.connexcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.activities.switchsync.HostedSwitch;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class ConnexCsConfigurationTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(ConnexCsConfiguration.class)
          .withBean(OutboundGuard.class, () -> new OutboundGuard(""))
          .withBean(Clock.class, Clock::systemUTC)
          .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

  @Test
  void withoutConnexCsCredentialsThePlatformRunsAndHasNoHostedSwitch() {
    context.run(
        c -> {
          assertThat(c).hasNotFailed();
          assertThat(c).doesNotHaveBean(HostedSwitch.class);
        });
  }

  @Test
  void withCredentialsTheConnexCsSwitchIsThereWithTheDefaultBaseUrlAndNoCallIsMadeAtStartup() {
    context
        .withPropertyValues(
            "didtron.connexcs.username=api@operator.example",
            "didtron.connexcs.password=secret",
            "didtron.connexcs.timeout=3s",
            "didtron.connexcs.cdr-overlap=PT90M")
        .run(
            c -> {
              assertThat(c).hasNotFailed();
              assertThat(c.getBean(HostedSwitch.class).name()).isEqualTo("connexcs");
            });
  }

  @Test
  void aUsernameWithoutAPasswordStopsTheStartWithTheSettingNamed() {
    context
        .withPropertyValues("didtron.connexcs.username=api@operator.example")
        .run(
            c ->
                assertThat(c)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("didtron.connexcs.password"));
  }
}
