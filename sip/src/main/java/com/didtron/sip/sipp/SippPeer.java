package com.didtron.sip.sipp;

import com.didtron.sip.ua.SipUri;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A SIPp process acting as the far end: one of the UAS scenarios shipped in {@code
 * sip/src/main/resources/sipp/} (or SIPp's built-in {@code uas}), on free UDP ports of the loopback
 * address, optionally echoing RTP. Used by the integration tests and the benchmark; close it to
 * stop the process.
 */
public final class SippPeer implements AutoCloseable {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final long READY_TIMEOUT_MS = 10_000;

  private final Process process;
  private final Path workDir;
  private final int port;
  private final int mediaPort;

  private SippPeer(Process process, Path workDir, int port, int mediaPort) {
    this.process = process;
    this.workDir = workDir;
    this.port = port;
    this.mediaPort = mediaPort;
  }

  /** A peer running one of the bundled scenarios, e.g. {@code "uas-answer.xml"}. */
  public static Builder scenario(String name) {
    return new Builder(name, false);
  }

  /** A peer running SIPp's built-in scenario, e.g. {@code "uas"} (180 and 200 at once, no 100). */
  public static Builder builtIn(String name) {
    return new Builder(name, true);
  }

  /** The sipp executable: {@code $DIDTRON_SIPP}, else {@code sipp} on the PATH. */
  public static String executable() {
    String configured = System.getenv("DIDTRON_SIPP");
    return configured == null || configured.isBlank() ? "sipp" : configured;
  }

  /** What to start. */
  public static final class Builder {
    private final String scenario;
    private final boolean builtIn;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> extra = new ArrayList<>();
    private boolean rtpEcho;
    private int port;

    private Builder(String scenario, boolean builtIn) {
      this.scenario = scenario;
      this.builtIn = builtIn;
    }

    /** A scenario variable ({@code -set name value}), e.g. {@code ring_ms}. */
    public Builder set(String name, Object value) {
      variables.put(name, String.valueOf(value));
      return this;
    }

    /** Echo the caller's RTP back ({@code -rtp_echo}). */
    public Builder rtpEcho() {
      rtpEcho = true;
      return this;
    }

    /** Listen on this SIP port instead of a free one (e.g. to bring a "dead" carrier back). */
    public Builder port(int sipPort) {
      this.port = sipPort;
      return this;
    }

    /** Further sipp arguments, e.g. {@code "-l", "5000"}. */
    public Builder args(String... more) {
      extra.addAll(List.of(more));
      return this;
    }

    /** Starts sipp and returns once it listens on its SIP port. */
    public SippPeer start() {
      try {
        Path dir = Files.createTempDirectory("didtron-sipp-");
        int sipPort = port > 0 ? port : freePort(false);
        int media = freePort(true);
        List<String> cmd = new ArrayList<>(List.of(executable()));
        if (builtIn) {
          cmd.addAll(List.of("-sn", scenario));
        } else {
          cmd.addAll(List.of("-sf", copyScenario(scenario, dir).toString()));
        }
        cmd.addAll(
            List.of(
                "-i",
                LOOPBACK.getHostAddress(),
                "-p",
                String.valueOf(sipPort),
                "-mi",
                LOOPBACK.getHostAddress(),
                "-mp",
                String.valueOf(media),
                "-cp",
                String.valueOf(freePort(false)),
                "-nostdin",
                "-trace_err"));
        if (rtpEcho) {
          cmd.add("-rtp_echo");
        }
        variables.forEach((k, v) -> cmd.addAll(List.of("-set", k, v)));
        cmd.addAll(extra);
        Process p =
            new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.out").toFile())
                .start();
        SippPeer peer = new SippPeer(p, dir, sipPort, media);
        peer.awaitListening();
        return peer;
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot start " + executable() + " (is sipp installed? apt-get install sip-tester)", e);
      }
    }
  }

  private static Path copyScenario(String name, Path dir) throws IOException {
    try (InputStream in = SippPeer.class.getResourceAsStream("/sipp/" + name)) {
      if (in == null) {
        throw new IOException("no bundled sipp scenario " + name);
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("sipp exited with " + process.exitValue() + ": " + output());
      }
      if (UdpPorts.isBound(port)) {
        return;
      }
      sleep(20);
    }
    close();
    throw new IOException(
        "sipp did not listen on port " + port + " within " + READY_TIMEOUT_MS + " ms: " + output());
  }

  /** The URI to call this peer: {@code sip:user@127.0.0.1:port}. */
  public SipUri uri(String user) {
    return new SipUri(user, LOOPBACK.getHostAddress(), port);
  }

  public int port() {
    return port;
  }

  public int mediaPort() {
    return mediaPort;
  }

  /** What sipp printed so far (its final statistics once it has stopped). */
  public String output() {
    try {
      Path out = workDir.resolve("sipp.out");
      return Files.exists(out) ? Files.readString(out, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * A free UDP port on loopback; for media, an even one whose +2 neighbour (SIPp's second echo
   * port) is free too.
   */
  static int freePort(boolean media) throws IOException {
    for (int attempt = 0; attempt < 200; attempt++) {
      if (!media) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
          return s.getLocalPort();
        }
      }
      int p = 20_000 + 2 * ThreadLocalRandom.current().nextInt(10_000);
      if (UdpPorts.isFree(p) && UdpPorts.isFree(p + 2)) {
        return p;
      }
    }
    throw new IOException("no free UDP port pair for media");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
