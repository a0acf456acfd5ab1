package com.didtron.sip.ua;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * One JAIN-SIP stack on one UDP port, with its factories; created and stopped by the user agent.
 */
final class StackRuntime implements AutoCloseable {
  private static final AtomicInteger STACKS = new AtomicInteger();
  private static final int BIND_ATTEMPTS = 10;
  private static final int UDP_BUFFER_BYTES = 4 * 1024 * 1024;

  final SipStackImpl stack;
  final SipProvider provider;
  final AddressFactory addresses;
  final HeaderFactory headers;
  final MessageFactory messages;
  final AuthenticationHelper auth;
  final InetAddress localAddress;
  final int localPort;

  private StackRuntime(
      SipStackImpl stack,
      SipProvider provider,
      Factories f,
      AuthenticationHelper auth,
      InetAddress local,
      int port) {
    this.stack = stack;
    this.provider = provider;
    this.addresses = f.addresses();
    this.headers = f.headers();
    this.messages = f.messages();
    this.auth = auth;
    this.localAddress = local;
    this.localPort = port;
  }

  private record Factories(
      AddressFactory addresses, HeaderFactory headers, MessageFactory messages) {
    static Factories create() throws SipException {
      SipFactory factory = SipFactory.getInstance();
      factory.setPathName("gov.nist");
      try {
        return new Factories(
            factory.createAddressFactory(),
            factory.createHeaderFactory(),
            factory.createMessageFactory());
      } catch (PeerUnavailableException e) {
        throw new SipException("JAIN-SIP factories unavailable", e);
      }
    }
  }

  /**
   * Starts a stack listening on UDP {@code local:port} ({@code port} 0: any free port).
   *
   * @throws SipException when no port could be bound
   */
  static StackRuntime start(InetAddress local, int port, Dispatcher dispatcher)
      throws SipException {
    String name = "didtron-ua-" + STACKS.incrementAndGet();
    SipStackImpl stack;
    try {
      stack = new SipStackImpl(properties(name));
    } catch (PeerUnavailableException e) {
      throw new SipException("cannot create the SIP stack: " + e.getMessage(), e);
    }
    MalformedTap.register(name, dispatcher::malformed);
    SipException last = null;
    for (int attempt = 0; attempt < (port == 0 ? BIND_ATTEMPTS : 1); attempt++) {
      int p = port == 0 ? freeUdpPort(local) : port;
      try {
        ListeningPoint lp =
            stack.createListeningPoint(local.getHostAddress(), p, ListeningPoint.UDP);
        SipProvider provider = stack.createSipProvider(lp);
        provider.addSipListener(dispatcher);
        stack.start();
        Factories f = Factories.create();
        dispatcher.attach(provider, f.messages());
        return new StackRuntime(
            stack, provider, f, stack.getAuthenticationHelper(dispatcher, f.headers()), local, p);
      } catch (Exception e) {
        last =
            new SipException(
                "cannot listen on UDP " + local.getHostAddress() + ":" + p + ": " + e.getMessage(),
                e);
      }
    }
    MalformedTap.unregister(name);
    stack.stop();
    throw last;
  }

  private static Properties properties(String name) {
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", name);
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
    p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", MalformedTap.class.getName());
    p.setProperty("gov.nist.javax.sip.STACK_LOGGER", QuietStackLogger.class.getName());
    p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", QuietServerLogger.class.getName());
    p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
    p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "100000");
    p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "100000");
    // one UDP socket carries every call's signalling: a deep buffer absorbs bursts at high call
    // rates
    // (the kernel caps it at net.core.rmem_max / wmem_max)
    p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
    p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
    return p;
  }

  private static int freeUdpPort(InetAddress local) {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(local, 0))) {
      return probe.getLocalPort();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The host to put in Via, Contact and SDP. */
  String host() {
    return localAddress.getHostAddress();
  }

  @Override
  public void close() {
    MalformedTap.unregister(stack.getStackName());
    stack.stop();
  }
}
