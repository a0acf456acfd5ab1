package com.didtron.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One raw INVITE over UDP from a loopback address; returns the switch's final reply. */
final class SipProbe {
  private SipProbe() {}

  /** The final response's first line, or "timeout" after 5 s (sent again every second). */
  static String invite(String sourceIp, String switchHost, int switchPort, String number) {
    try (DatagramSocket socket =
        new DatagramSocket(new InetSocketAddress(InetAddress.getByName(sourceIp), 0))) {
      socket.setSoTimeout(1000);
      int port = socket.getLocalPort();
      String callId = UUID.randomUUID() + "@" + sourceIp;
      String request =
          ("INVITE sip:%1$s@%3$s:%4$d SIP/2.0\r\nVia: SIP/2.0/UDP %2$s:%5$d;branch=z9hG4bK%6$s\r\n"
                  + "Max-Forwards: 70\r\nFrom: <sip:probe@%2$s>;tag=didtron1\r\n"
                  + "To: <sip:%1$s@%3$s>\r\nCall-ID: %7$s\r\nCSeq: 1 INVITE\r\n"
                  + "Contact: <sip:probe@%2$s:%5$d>\r\nContent-Length: 0\r\n\r\n")
              .formatted(
                  number,
                  sourceIp,
                  switchHost,
                  switchPort,
                  port,
                  UUID.randomUUID().toString().substring(0, 8),
                  callId);
      byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
      InetSocketAddress target =
          new InetSocketAddress(InetAddress.getByName(switchHost), switchPort);
      byte[] buffer = new byte[8192];
      for (int attempt = 0; attempt < 5; attempt++) {
        socket.send(new DatagramPacket(bytes, bytes.length, target));
        try {
          while (true) {
            DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
            socket.receive(reply);
            String text =
                new String(reply.getData(), 0, reply.getLength(), StandardCharsets.US_ASCII);
            if (text.startsWith("SIP/2.0 ") && text.charAt(8) >= '2' && text.contains(callId)) {
              return text.lines().findFirst().orElse(text);
            }
          }
        } catch (SocketTimeoutException e) {
          // send again
        }
      }
      return "timeout";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
