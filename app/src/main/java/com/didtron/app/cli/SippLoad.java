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
      SwitchBenchReport.Load load = read(rate, dir);
      if (load.failed() > 0) {
        System.err.println(
            "sipp at "
                + rate
                + "/s to "
                + switchSip
                + ": "
                + load.failed()
                + " failed; the first: "
                + firstError(dir));
      }
      return load;
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
    List<double[]> rtt = responseTimes(dir);
    double first = rtt.stream().mapToDouble(r -> r[0]).min().orElse(0);
    double lastAnswer = rtt.stream().mapToDouble(r -> r[0]).max().orElse(0);
    return new SwitchBenchReport.Load(
        rate,
        Long.parseLong(last.get("OutgoingCall(C)")),
        Long.parseLong(last.get("SuccessfulCall(C)")),
        Long.parseLong(last.get("FailedCall(C)")),
        (lastAnswer - first) / 1000,
        rtt.stream().map(r -> r[1]).toList());
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

  /** The first event of SIPp's error log ({@code -trace_err}): why calls failed. */
  static String firstError(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("_errors.log")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          if (line.matches("^\\d{4}-\\d\\d-\\d\\d\\s.*")) {
            String event = line.replaceFirst("^\\S+\\s+\\S+\\s+\\S+\\s*", "");
            return event.length() > 200 ? event.substring(0, 200) + "…" : event;
          }
        }
      }
      return "none logged";
    } catch (IOException e) {
      return "no error log";
    }
  }

  /**
   * Response time 1 of every answered call: when it came (ms since SIPp started) and how long after
   * its INVITE (ms, SIPp's resolution).
   */
  private static List<double[]> responseTimes(Path dir) throws IOException {
    List<double[]> times = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("_rtt.csv")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          String[] cells = line.split(";");
          if (cells.length >= 3 && cells[2].strip().equals("1")) {
            times.add(
                new double[] {
                  Double.parseDouble(cells[0].strip()), Double.parseDouble(cells[1].strip())
                });
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
