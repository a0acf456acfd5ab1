package com.didtron.domain.trunk;

import java.util.List;

/** The codecs a trunk may allow, in the spelling SIP SDP uses. */
public final class Codecs {
  public static final List<String> KNOWN =
      List.of(
          "PCMU", "PCMA", "G722", "G729", "G723", "GSM", "iLBC", "OPUS", "AMR", "AMR-WB", "T38");

  private Codecs() {}

  /** The known codec spelled as given, ignoring case, or null when unknown. */
  public static String canonical(String codec) {
    if (codec == null) {
      return null;
    }
    String c = codec.strip();
    return KNOWN.stream().filter(k -> k.equalsIgnoreCase(c)).findFirst().orElse(null);
  }
}
