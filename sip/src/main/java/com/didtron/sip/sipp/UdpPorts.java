package com.didtron.sip.sipp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which local UDP ports are in use. Reading {@code /proc/net/udp} (Linux) tells whether another
 * process listens without binding the port ourselves, which could race with that process.
 */
final class UdpPorts {
  private static final List<Path> TABLES =
      List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));

  private UdpPorts() {}

  /** Whether some socket is bound to the port (on any address). */
  static boolean isBound(int port) {
    String hex = String.format(Locale.ROOT, ":%04X", port);
    boolean readable = false;
    for (Path table : TABLES) {
      try {
        for (String line : Files.readAllLines(table)) {
          String[] cols = line.trim().split("\\s+");
          if (cols.length > 1 && cols[1].endsWith(hex)) {
            return true;
          }
        }
        readable = true;
      } catch (IOException e) {
        // table missing (not Linux): fall back below
      }
    }
    return !readable && !isFree(port);
  }

  /** Whether the port can be bound on loopback right now. */
  static boolean isFree(int port) {
    try (DatagramSocket s =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
