package com.didtron.app.cli;

import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One load step of {@code didtron bench switch}: a SIPp customer ({@code bench-customer.xml})
 * offering short calls at a fixed rate for some seconds to a switch, read back from SIPp's own
 * statistics ({@code -trace_stat}) and response times ({@code -trace_rtt}: INVITE to 200, in whole
 * milliseconds as SIPp measures them).
 */
final class SippLoad {
  private SippLoad() {}

  /** Offers {@code rate} calls per second for {@code seconds} to {@code switchSip}. */
  static SwitchBenchReport.Load run(
      String switchSip, int rate, int seconds, List<String> numbers, Path parent) {
    try {
      Path dir = Files.createTempDirectory(parent, "uac-");
      Path scenario = dir.resolve("bench-customer.xml");
      try (InputStream in = SippLoad.class.getResourceAsStream("/sipp/bench-customer.xml")) {
        Files.copy(in, scenario);
      }
      Path injection = dir.resolve("numbers.csv");
      Files.writeString(injection, "SEQUENTIAL\n" + String.join(";\n", numbers) + ";\n");
      Process sipp =
          new ProcessBuilder(command(switchSip, rate, seconds, scenario, injection))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("sipp.out").toFile())
              .start();
      if (!sipp.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
        sipp.destroyForcibly();
        throw new IllegalStateException("sipp did not finish; see " + dir.resolve("sipp.out"));
      }
      return read(rate, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sipp ran", e);
    }
  }

  private static List<String> command(
      String switchSip, int rate, int seconds, Path scenario, Path injection) {
    return List.of(
        SippPeer.executable(),
        "-sf",
        scenario.toString(),
        "-inf",
        injection.toString(),
        "-i",
        "127.0.0.1",
        "-p",
        String.valueOf(freeUdpPort()),
        "-mi",
        "127.0.0.1",
        "-mp",
        String.valueOf(freeUdpPort()),
        "-cp",
        String.valueOf(freeUdpPort()),
        switchSip,
        "-r",
        String.valueOf(rate),
        "-rp",
        "1000",
        "-m",
        String.valueOf((long) rate * seconds),
        "-recv_timeout",
        "5000",
        "-nostdin",
        "-trace_err",
        "-trace_stat",
        "-stf",
        "stat.csv",
        "-fd",
        "1",
        "-trace_rtt",
        "-rtt_freq",
        "1");
  }

  private static SwitchBenchReport.Load read(int rate, Path dir) throws IOException {
    List<String> stat = Files.readAllLines(dir.resolve("stat.csv"), StandardCharsets.ISO_8859_1);
    if (stat.size() < 2) {
      throw new IllegalStateException("sipp wrote no statistics; see " + dir.resolve("sipp.out"));
    }
    Map<String, String> last = columns(stat.get(0), stat.get(stat.size() - 1));
    double elapsed = epoch(last.get("CurrentTime")) - epoch(last.get("StartTime"));
    return new SwitchBenchReport.Load(
        rate,
        Long.parseLong(last.get("OutgoingCall(C)")),
        Long.parseLong(last.get("SuccessfulCall(C)")),
        Long.parseLong(last.get("FailedCall(C)")),
        elapsed,
        responseTimes(dir));
  }

  private static Map<String, String> columns(String header, String values) {
    String[] names = header.split(";", -1);
    String[] cells = values.split(";", -1);
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < names.length && i < cells.length; i++) {
      m.put(names[i].strip(), cells[i].strip());
    }
    return m;
  }

  /** {@code "2026-12-03\t17:50:19.055611\t1796320219.055611"}: the epoch seconds at the end. */
  private static double epoch(String time) {
    String[] parts = time.strip().split("\\s+");
    return Double.parseDouble(parts[parts.length - 1]);
  }

  /** Response time 1 of every call, in milliseconds (SIPp's resolution). */
  private static List<Double> responseTimes(Path dir) throws IOException {
    List<Double> times = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("_rtt.csv")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          String[] cells = line.split(";");
          if (cells.length >= 3 && cells[2].strip().equals("1")) {
            times.add(Double.parseDouble(cells[1].strip()));
          }
        }
      }
    }
    return times;
  }

  static int freeUdpPort() {
    try (DatagramSocket s =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
