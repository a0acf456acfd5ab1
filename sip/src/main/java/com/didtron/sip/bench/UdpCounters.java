package com.didtron.sip.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The host's UDP counters from {@code /proc/net/snmp} (Linux); 0 where they cannot be read. */
final class UdpCounters {
  private static final Path SNMP = Path.of("/proc/net/snmp");

  private UdpCounters() {}

  /**
   * Receive-buffer drops so far of the open sockets bound to any of {@code ports} (last column of
   * /proc/net/udp).
   */
  static long dropsOnPorts(Set<Integer> ports) {
    long drops = 0;
    for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
          String[] cols = line.trim().split("\\s+");
          String local = cols[1];
          int port =
              Integer.parseInt(
                  local.substring(local.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT), 16);
          if (ports.contains(port)) {
            drops += Long.parseLong(cols[cols.length - 1]);
          }
        }
      } catch (IOException | RuntimeException e) {
        // not Linux, or a line in another format: count what could be read
      }
    }
    return drops;
  }

  /** Datagrams dropped because a socket's receive buffer was full, since boot. */
  static long receiveBufferErrors() {
    try {
      List<String> udp =
          Files.readAllLines(SNMP).stream().filter(l -> l.startsWith("Udp:")).toList();
      if (udp.size() < 2) {
        return 0;
      }
      List<String> names = Arrays.asList(udp.get(0).trim().split("\\s+"));
      String[] values = udp.get(1).trim().split("\\s+");
      int i = names.indexOf("RcvbufErrors");
      return i < 0 || i >= values.length ? 0 : Long.parseLong(values[i]);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
