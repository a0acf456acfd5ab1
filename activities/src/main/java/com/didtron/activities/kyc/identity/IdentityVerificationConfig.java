package com.didtron.activities.kyc.identity;

import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Stripe Identity when its settings are complete, else the manual-review-only implementation. */
@Configuration(proxyBeanMethods = false)
class IdentityVerificationConfig {
  @Bean
  IdentityVerification identityVerification(IdentitySettings settings, JsonMapper json) {
    String missing = settings.missing();
    if (missing != null) {
      LoggerFactory.getLogger(IdentityVerification.class)
          .info("Stripe Identity is off ({}): KYC is manual review only", missing);
      return new NoIdentityVerification(missing);
    }
    return new StripeIdentity(settings, json);
  }
}
