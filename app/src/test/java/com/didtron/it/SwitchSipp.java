package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;

import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One SIPp process for one call of a switch test, with a scenario of the test resources' sipp/. */
final class SwitchSipp {
  private SwitchSipp() {}

  /**
   * Starts SIPp on {@code ip}:{@code port} (0: any free port) running {@code scenario} for one
   * call; {@code target} is {@code [-s, number, switch]} for a caller, null for an answering side
   * (then this returns once it listens).
   */
  static Process start(
      String scenario, String ip, int port, List<String> extra, List<String> target) {
    try {
      Path dir = Files.createTempDirectory("didtron-sipp-");
      try (InputStream in = SwitchSipp.class.getResourceAsStream("/sipp/" + scenario)) {
        Files.copy(in, dir.resolve(scenario));
      }
      int sipPort = port > 0 ? port : SwitchCalls.freeUdpPort();
      List<String> cmd = new ArrayList<>(List.of(SippPeer.executable(), "-sf", scenario));
      cmd.addAll(List.of("-i", ip, "-p", String.valueOf(sipPort), "-mi", ip));
      cmd.addAll(List.of("-mp", String.valueOf(SwitchCalls.freeUdpPort())));
      cmd.addAll(List.of("-cp", String.valueOf(SwitchCalls.freeUdpPort())));
      cmd.addAll(extra);
      if (target != null) {
        cmd.addAll(target);
      }
      cmd.addAll(List.of("-m", "1", "-nostdin", "-trace_err", "-timeout", "150s"));
      cmd.add("-timeout_error");
      Process p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("sipp.out").toFile())
              .start();
      if (target == null) {
        eventually("sipp listening on " + ip + ":" + sipPort, () -> bound(ip, sipPort) ? 1 : null);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean bound(String ip, int port) {
    try (DatagramSocket s = new DatagramSocket(null)) {
      s.setReuseAddress(false);
      s.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
      return false;
    } catch (SocketException e) {
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
