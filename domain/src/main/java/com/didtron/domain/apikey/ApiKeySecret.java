package com.didtron.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API key: {@code dtk_<8 alphanumerics>_<43 base64url characters>} (256 random
 * bits after the prefix). Stored as its SHA-256 hash: with that much entropy a fast hash is safe
 * and lets a request find its key by hash.
 */
public record ApiKeySecret(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  public static ApiKeySecret generate() {
    StringBuilder prefix = new StringBuilder("dtk_");
    for (int i = 0; i < 8; i++) {
      prefix.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new ApiKeySecret(
        prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The public part shown in lists. */
  public String prefix() {
    return value.length() >= 12 ? value.substring(0, 12) : value;
  }

  public String hash() {
    return hash(value);
  }

  /** The hash under which a presented key is looked up. */
  public static String hash(String presented) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return prefix() + "…";
  }
}
