package com.didtron.app.platform;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's Java server bound to a real port inside this process, so that other workers and tools
 * (the Temporal CLI, a second worker) can connect to it. It listens on the bind address only
 * (default 127.0.0.1): the gRPC server is built here around the test server's services, because
 * {@code TestServer.createPortBoundServer} binds every interface. It keeps histories in memory;
 * DIDTron archives them and starts lost runs again (see the workflow index), and for a durable
 * Temporal point {@code DIDTRON_TEMPORAL_ADDRESS} at a Temporal cluster.
 */
public final class EmbeddedTemporal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporal.class);

  private final TestServicesStarter services;
  private final Server server;
  private final String host;
  private final int port;

  private EmbeddedTemporal(TestServicesStarter services, Server server, String host, int port) {
    this.services = services;
    this.server = server;
    this.host = host;
    this.port = port;
  }

  /** Starts on {@code bindAddress:port}; port 0 picks a free port. */
  public static EmbeddedTemporal start(String bindAddress, int port) {
    InetAddress address = address(bindAddress);
    int chosen = port == 0 ? freePort(address) : port;
    try (ServerSocket probe = new ServerSocket(chosen, 1, address)) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new StartupProblem(
          "port "
              + chosen
              + " for the embedded Temporal server is in use "
              + "(another DIDTron or Temporal?): stop it, choose --temporal-port, or set "
              + "DIDTRON_TEMPORAL_ADDRESS to use that server",
          e);
    }
    TestServicesStarter services = new TestServicesStarter(true, 0);
    try {
      NettyServerBuilder builder =
          NettyServerBuilder.forAddress(
              new InetSocketAddress(address, chosen), InsecureServerCredentials.create());
      GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
      Server server = builder.build().start();
      String host = address.getHostAddress();
      log.info("Embedded Temporal server on {}:{}", host, chosen);
      return new EmbeddedTemporal(services, server, host, chosen);
    } catch (IOException | RuntimeException e) {
      services.close();
      throw new StartupProblem(
          "cannot start the embedded Temporal server on "
              + bindAddress
              + ":"
              + chosen
              + ": "
              + EmbeddedDatabase.rootMessage(e),
          e);
    }
  }

  /** Where clients connect: the bind address, or loopback when bound to every interface. */
  public String target() {
    String connect =
        host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")
            ? "127.0.0.1"
            : host;
    return (connect.contains(":") ? "[" + connect + "]" : connect) + ":" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    services.close();
  }

  static InetAddress address(String bindAddress) {
    try {
      return InetAddress.getByName(bindAddress);
    } catch (IOException e) {
      throw new StartupProblem(
          "didtron.bind-address '" + bindAddress + "' is not an address of this host", e);
    }
  }

  private static int freePort(InetAddress address) {
    try (ServerSocket s = new ServerSocket(0, 1, address)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new StartupProblem(
          "no free port for the embedded Temporal server on " + address.getHostAddress(), e);
    }
  }
}
