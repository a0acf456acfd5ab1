package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.activities.switchsync.HostedSwitch;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ConnexCS switch exists only when {@code didtron.connexcs.username} is set: the platform runs
 * without ConnexCS, and callers of {@link HostedSwitch} then find no bean ("not configured").
 */
@Configuration(proxyBeanMethods = false)
class ConnexCsConfiguration {

  @Bean
  @ConditionalOnExpression("!'${didtron.connexcs.username:}'.isBlank()")
  HostedSwitch connexCs(
      @Value("${didtron.connexcs.base-url:" + ConnexCsSettings.DEFAULT_BASE_URL + "}")
          String baseUrl,
      @Value("${didtron.connexcs.username:}") String username,
      @Value("${didtron.connexcs.password:}") String password,
      @Value("${didtron.connexcs.timeout:10s}") String timeout,
      @Value("${didtron.connexcs.cdr-overlap:2h}") String cdrOverlap,
      OutboundGuard guard,
      Clock clock,
      JsonMapper mapper) {
    ConnexCsSettings settings =
        new ConnexCsSettings(
            URI.create(baseUrl.strip()),
            username.strip(),
            password,
            DurationStyle.detectAndParse(timeout.strip()),
            DurationStyle.detectAndParse(cdrOverlap.strip()));
    return create(settings, guard, clock, mapper);
  }

  /** The switch for these settings (tests build it directly, without Spring). */
  static HostedSwitch create(
      ConnexCsSettings settings, OutboundGuard guard, Clock clock, JsonMapper mapper) {
    ConnexCsJson json = new ConnexCsJson(mapper);
    ConnexCsHttp http = new ConnexCsHttp(settings.baseUrl(), settings.timeout(), guard);
    ConnexCsTokens tokens = new ConnexCsTokens(http, json, settings, clock);
    return new ConnexCsSwitch(new ConnexCsClient(http, tokens, json), json, settings);
  }
}
