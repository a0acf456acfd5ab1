package com.didtron.sip.ua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.sip.SipException;

/**
 * DIDTron's SIP test user agent: one JAIN-SIP stack on one UDP port that places OPTIONS pings and
 * test calls. Thread-safe: many calls may run at once, each on its caller's thread (virtual threads
 * suit it). Every call ends within its timeouts; retransmissions over UDP follow RFC 3261 timers
 * (the stack's). Close it to free the port.
 */
public final class SipUserAgent implements AutoCloseable {
  /** Where the agent listens. */
  public record Config(InetAddress bindAddress, int port) {
    /** Listens on the local address that routes to {@code host}, any free port. */
    public static Config towards(String host) {
      return new Config(LocalAddress.towards(host), 0);
    }
  }

  private final StackRuntime sip;
  private final Dispatcher dispatcher;
  private final ScheduledExecutorService rtpScheduler;
  private final TimeSource time;

  private SipUserAgent(
      StackRuntime sip, Dispatcher dispatcher, ScheduledExecutorService rtp, TimeSource time) {
    this.sip = sip;
    this.dispatcher = dispatcher;
    this.rtpScheduler = rtp;
    this.time = time;
  }

  /**
   * Starts an agent.
   *
   * @throws UncheckedIOException when the SIP port cannot be opened
   */
  public static SipUserAgent start(Config config, TimeSource time) {
    Dispatcher dispatcher = new Dispatcher(time);
    try {
      StackRuntime sip = StackRuntime.start(config.bindAddress(), config.port(), dispatcher);
      ScheduledThreadPoolExecutor rtp =
          new ScheduledThreadPoolExecutor(
              2, Thread.ofPlatform().daemon().name("didtron-rtp-", 0).factory());
      rtp.setRemoveOnCancelPolicy(true);
      return new SipUserAgent(
          sip, dispatcher, Executors.unconfigurableScheduledExecutorService(rtp), time);
    } catch (SipException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /** Sends OPTIONS to {@code target} and waits up to {@code timeout} for the answer. */
  public OptionsResult options(SipUri target, Duration timeout) {
    return new OptionsPing(sip, dispatcher, time).ping(target, timeout);
  }

  /** Places one test call; returns when it has ended (never later than its timeouts allow). */
  public CallResult call(CallRequest request) {
    return new CallSession(sip, dispatcher, rtpScheduler, time, request).run();
  }

  /** The address and port this agent sends from. */
  public InetSocketAddress localAddress() {
    return new InetSocketAddress(sip.localAddress, sip.localPort);
  }

  /** Calls and pings in progress. */
  public int activeExchanges() {
    return dispatcher.active();
  }

  @Override
  public void close() {
    rtpScheduler.shutdownNow();
    sip.close();
  }

  /** Picks the local address that routes to a host (loopback for loopback targets). */
  static final class LocalAddress {
    private LocalAddress() {}

    static InetAddress towards(String host) {
      try (DatagramSocket probe = new DatagramSocket()) {
        probe.connect(new InetSocketAddress(InetAddress.getByName(host), 5060));
        InetAddress local = probe.getLocalAddress();
        return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
      } catch (UnknownHostException e) {
        return InetAddress.getLoopbackAddress();
      } catch (IOException e) {
        throw new UncheckedIOException("no local address routes to " + host, e);
      }
    }
  }
}
