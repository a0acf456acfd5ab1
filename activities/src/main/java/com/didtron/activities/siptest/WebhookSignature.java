package com.didtron.activities.siptest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How DIDTron signs webhook posts: header {@code X-DIDTron-Signature: t=<unix
 * seconds>,sha256=<hex>} where the hex is HMAC-SHA256, under the tenant's secret, of {@code <unix
 * seconds>.<body>}. A receiver recomputes it and rejects old timestamps to stop replays.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-DIDTron-Signature";

  private WebhookSignature() {}

  /** The header value for a body sent at {@code unixSeconds}. */
  public static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",sha256=" + hmacHex(secret, unixSeconds + "." + body);
  }

  static String hmacHex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
