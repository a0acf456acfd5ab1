package com.didtron.sip.rtp;

import java.util.Optional;

/** The SDP DIDTron offers (PCMU only, 20 ms) and the little it reads from an answer. */
public final class Sdp {
  private Sdp() {}

  /** Where the far end wants its RTP: connection address and audio port. */
  public record MediaTarget(String address, int port) {}

  /** An audio offer of PCMU (payload type 0) at 20 ms from {@code address:port}. */
  public static String offer(String address, int port, long sessionId) {
    String ipType = address.contains(":") ? "IP6" : "IP4";
    return "v=0\r\n"
        + "o=didtron "
        + sessionId
        + " 1 IN "
        + ipType
        + " "
        + address
        + "\r\n"
        + "s=DIDTron SIP tester\r\n"
        + "c=IN "
        + ipType
        + " "
        + address
        + "\r\n"
        + "t=0 0\r\n"
        + "m=audio "
        + port
        + " RTP/AVP 0\r\n"
        + "a=rtpmap:0 PCMU/8000\r\n"
        + "a=ptime:20\r\n"
        + "a=sendrecv\r\n";
  }

  /**
   * The audio target of an answer: the first {@code m=audio} line with a non-zero port and the
   * connection address that applies to it (media level before session level). Empty when the answer
   * has no usable audio stream.
   */
  public static Optional<MediaTarget> audioTarget(String sdp) {
    if (sdp == null || sdp.isBlank()) {
      return Optional.empty();
    }
    String sessionAddress = null;
    String mediaAddress = null;
    Integer audioPort = null;
    boolean inAudio = false;
    for (String raw : sdp.split("\\r?\\n")) {
      String line = raw.strip();
      if (line.startsWith("m=")) {
        if (audioPort != null) {
          break;
        }
        inAudio = line.startsWith("m=audio ");
        if (inAudio) {
          audioPort = port(line);
        }
      } else if (line.startsWith("c=")) {
        String address = connectionAddress(line);
        if (audioPort == null && !inAudio) {
          sessionAddress = address;
        } else if (inAudio) {
          mediaAddress = address;
        }
      }
    }
    String address = mediaAddress != null ? mediaAddress : sessionAddress;
    if (audioPort == null || audioPort <= 0 || address == null || address.equals("0.0.0.0")) {
      return Optional.empty();
    }
    return Optional.of(new MediaTarget(address, audioPort));
  }

  private static Integer port(String mLine) {
    String[] parts = mLine.split("\\s+");
    try {
      return parts.length > 1 ? Integer.parseInt(parts[1].split("/")[0]) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String connectionAddress(String cLine) {
    String[] parts = cLine.substring(2).trim().split("\\s+");
    return parts.length >= 3 ? parts[2].split("/")[0] : null;
  }
}
