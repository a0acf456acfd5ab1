package com.didtron.domain.trunk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SIP digest secret as Kamailio's {@code auth_db} stores it with {@code calculate_ha1=0}: HA1 =
 * md5(username:realm:password), lowercase hex. Only this is kept; the password is never stored.
 */
public final class DigestHa1 {
  private DigestHa1() {}

  public static String of(String username, String realm, String password) {
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5")
              .digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }
}
