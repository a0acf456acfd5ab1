package com.didtron.activities.siptest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  @Test
  void signsTimestampDotBodyWithHmacSha256() {
    // Reference value from Python: hmac.new(b'0123456789abcdef', b'1700000000.{"event":"RAISED"}',
    // sha256)
    assertThat(
            WebhookSignature.header("0123456789abcdef", 1_700_000_000L, "{\"event\":\"RAISED\"}"))
        .isEqualTo(
            "t=1700000000,sha256=ba42aba09610b16bcaf6dcce51efe662f3c6752f3015c10cc26b4e31d2853fd0");
  }

  @Test
  void anyChangeToBodyTimeOrSecretChangesTheSignature() {
    String base = WebhookSignature.header("0123456789abcdef", 1, "{}");
    assertThat(WebhookSignature.header("0123456789abcdef", 2, "{}")).isNotEqualTo(base);
    assertThat(WebhookSignature.header("0123456789abcdef", 1, "{ }")).isNotEqualTo(base);
    assertThat(WebhookSignature.header("0123456789abcdeF", 1, "{}")).isNotEqualTo(base);
  }
}
