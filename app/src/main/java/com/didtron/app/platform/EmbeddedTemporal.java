package com.didtron.app.platform;

import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's Java server bound to a real port inside this process, so that other workers and tools
 * (the Temporal CLI, a second worker) can connect to it. It keeps histories in memory: for durable
 * histories across restarts, point {@code DIDTRON_TEMPORAL_ADDRESS} at a Temporal cluster.
 */
public final class EmbeddedTemporal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporal.class);

  private final TestServer.PortBoundTestServer server;
  private final int port;

  private EmbeddedTemporal(TestServer.PortBoundTestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts on {@code port}; 0 picks a free port. */
  public static EmbeddedTemporal start(int port) {
    int chosen = port == 0 ? freePort() : port;
    try (ServerSocket probe = new ServerSocket(chosen, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new StartupProblem("port " + chosen + " for the embedded Temporal server is in use "
          + "(another DIDTron or Temporal?): stop it, choose --temporal-port, or set "
          + "DIDTRON_TEMPORAL_ADDRESS to use that server", e);
    }
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(chosen, true);
    log.info("Embedded Temporal server on 127.0.0.1:{}", chosen);
    return new EmbeddedTemporal(server, chosen);
  }

  public String target() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new StartupProblem("no free port for the embedded Temporal server", e);
    }
  }
}
