package com.didtron.activities.did.didww;

import com.didtron.activities.did.DidProvider;
import com.didtron.activities.outbound.OutboundGuard;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DIDWW provider always exists; without {@code didtron.didww.api-key} it is disabled and never
 * calls out, so the platform runs without a DIDWW account.
 */
@Configuration(proxyBeanMethods = false)
class DidwwConfiguration {

  @Bean
  DidProvider didww(
      @Value("${didtron.didww.base-url:" + DidwwSettings.DEFAULT_BASE_URL + "}") String baseUrl,
      @Value("${didtron.didww.api-key:}") String apiKey,
      @Value("${didtron.didww.timeout:10s}") String timeout,
      @Value("${didtron.didww.currency:USD}") String currency,
      OutboundGuard guard,
      JsonMapper json) {
    return create(
        new DidwwSettings(
            URI.create(baseUrl.strip()),
            apiKey,
            DurationStyle.detectAndParse(timeout.strip()),
            currency.strip()),
        guard,
        json);
  }

  /** The provider for these settings (tests build it directly). */
  static DidProvider create(DidwwSettings settings, OutboundGuard guard, JsonMapper json) {
    return new DidwwProvider(settings, new DidwwHttp(settings, guard, json));
  }
}
