package com.didtron.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {
  /** The SHA-1 seed of RFC 6238 appendix B: "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theEightDigitCodesMatchTheSha1TestVectorsOfRfc6238() {
    assertThat(Totp.code(RFC_SEED, 59 / 30, 8)).isEqualTo("94287082");
    assertThat(Totp.code(RFC_SEED, 1111111109L / 30, 8)).isEqualTo("07081804");
    assertThat(Totp.code(RFC_SEED, 1234567890L / 30, 8)).isEqualTo("89005924");
    assertThat(Totp.code(RFC_SEED, 20000000000L / 30, 8)).isEqualTo("65353130");
  }

  @Test
  void sixDigitCodesAreTheLastSixDigitsAndTheBase32SecretRoundTrips() {
    String secret = Totp.base32(RFC_SEED);
    assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
    assertThat(Totp.base32Decode(secret)).isEqualTo(RFC_SEED);
  }

  @Test
  void aCodeIsAcceptedInItsStepAndTheNeighbouringStepsOnly() {
    String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
    Instant now = Instant.parse("2026-12-03T12:00:10Z");
    long step = Totp.step(now);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
    assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(secret, "12ab56", now)).isEmpty();
    assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
  }

  @Test
  void theOtpauthUriNamesIssuerAccountAndSecret() {
    assertThat(Totp.otpauthUri("DIDTron", "ann@example.test", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
        .isEqualTo(
            "otpauth://totp/DIDTron:ann%40example.test?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
                + "&issuer=DIDTron&algorithm=SHA1&digits=6&period=30");
  }
}
