package com.didtron.it;

import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A customer calling through the local switch: SIPp as the UAC, or one raw INVITE to read a
 * refusal.
 */
final class SwitchCalls {
  private SwitchCalls() {}

  /**
   * A SIPp customer placing one call to {@code number} from 127.0.0.1, talking {@code talkMs} after
   * the answer.
   */
  static Process sippCall(String switchSip, String number, long talkMs) {
    return sippCall("127.0.0.1", switchSip, number, talkMs);
  }

  /** As {@link #sippCall(String, String, long)}, calling from {@code sourceIp} (a loopback). */
  static Process sippCall(String sourceIp, String switchSip, String number, long talkMs) {
    try {
      Path dir = Files.createTempDirectory("didtron-uac-");
      Path scenario = dir.resolve("kamailio-customer.xml");
      try (InputStream in = SwitchCalls.class.getResourceAsStream("/sipp/kamailio-customer.xml")) {
        Files.copy(in, scenario);
      }
      List<String> cmd =
          List.of(
              SippPeer.executable(),
              "-sf",
              scenario.toString(),
              "-i",
              sourceIp,
              "-p",
              String.valueOf(freeUdpPort()),
              "-mi",
              sourceIp,
              "-mp",
              String.valueOf(freeUdpPort()),
              "-cp",
              String.valueOf(freeUdpPort()),
              "-s",
              number,
              switchSip,
              "-m",
              "1",
              "-set",
              "talk_ms",
              String.valueOf(talkMs),
              "-nostdin",
              "-trace_err",
              "-timeout",
              "120s",
              "-timeout_error");
      return new ProcessBuilder(cmd)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("sipp.out").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends one INVITE for {@code number} from {@code sourceIp} and returns the first final response
   * (status line and headers), e.g. {@code "SIP/2.0 403 Forbidden\r\n…"}.
   */
  static String invite(String sourceIp, String switchHost, int switchPort, String number) {
    try (DatagramSocket socket =
        new DatagramSocket(new InetSocketAddress(InetAddress.getByName(sourceIp), 0))) {
      socket.setSoTimeout(1000);
      int port = socket.getLocalPort();
      String callId = UUID.randomUUID() + "@" + sourceIp;
      String request =
          "INVITE sip:"
              + number
              + "@"
              + switchHost
              + ":"
              + switchPort
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP "
              + sourceIp
              + ":"
              + port
              + ";branch=z9hG4bK"
              + UUID.randomUUID().toString().substring(0, 8)
              + "\r\n"
              + "Max-Forwards: 70\r\n"
              + "From: <sip:probe@"
              + sourceIp
              + ">;tag=didtron1\r\n"
              + "To: <sip:"
              + number
              + "@"
              + switchHost
              + ">\r\n"
              + "Call-ID: "
              + callId
              + "\r\n"
              + "CSeq: 1 INVITE\r\n"
              + "Contact: <sip:probe@"
              + sourceIp
              + ":"
              + port
              + ">\r\n"
              + "Content-Length: 0\r\n\r\n";
      byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
      InetSocketAddress target =
          new InetSocketAddress(InetAddress.getByName(switchHost), switchPort);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long nextSend = 0;
      byte[] buffer = new byte[8192];
      while (System.nanoTime() < deadline) {
        if (System.nanoTime() >= nextSend) {
          socket.send(new DatagramPacket(bytes, bytes.length, target));
          nextSend = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        }
        try {
          DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
          socket.receive(reply);
          String text =
              new String(reply.getData(), 0, reply.getLength(), StandardCharsets.US_ASCII);
          if (text.startsWith("SIP/2.0 ") && text.charAt(8) >= '2' && text.contains(callId)) {
            return text;
          }
        } catch (SocketTimeoutException e) {
          // send again
        }
      }
      throw new AssertionError(
          "no final response from the switch to " + number + " from " + sourceIp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code probe} until it returns non-null (every 100 ms, at most 60 s). */
  static <T> T eventually(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  static int freeUdpPort() {
    try (DatagramSocket s =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freeTcpPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
