package com.didtron.sip.ua;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.ObjectInUseException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

/** One OPTIONS request and its answer, with a deadline. */
final class OptionsPing {
  private final StackRuntime sip;
  private final Dispatcher dispatcher;
  private final TimeSource time;

  OptionsPing(StackRuntime sip, Dispatcher dispatcher, TimeSource time) {
    this.sip = sip;
    this.dispatcher = dispatcher;
    this.time = time;
  }

  OptionsResult ping(SipUri target, Duration timeout) {
    Instant at = time.now();
    try {
      InetAddress.getByName(target.host());
    } catch (UnknownHostException e) {
      return new OptionsResult(
          at, OptionsResult.Status.FAILED, 0, null, null, "unknown host " + target.host());
    }
    BlockingQueue<SipEvent> events = new LinkedBlockingQueue<>();
    String callId = null;
    ClientTransaction tx = null;
    try {
      Request request = new Requests(sip).options(target, null);
      callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
      dispatcher.register(callId, events::add, null);
      tx = sip.provider.getNewClientTransaction(request);
      long sent = time.nanoTime();
      tx.sendRequest();
      return await(events, at, sent, sent + timeout.toNanos(), target, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new OptionsResult(at, OptionsResult.Status.FAILED, 0, null, null, "interrupted");
    } catch (Exception e) {
      return new OptionsResult(
          at,
          OptionsResult.Status.FAILED,
          0,
          null,
          null,
          "could not send OPTIONS to " + target.hostPort() + ": " + e.getMessage());
    } finally {
      if (callId != null) {
        dispatcher.unregister(callId);
      }
      terminate(tx);
    }
  }

  private OptionsResult await(
      BlockingQueue<SipEvent> events,
      Instant at,
      long sent,
      long deadline,
      SipUri target,
      Duration timeout)
      throws InterruptedException {
    while (true) {
      SipEvent e = events.poll(Math.max(0, deadline - time.nanoTime()), TimeUnit.NANOSECONDS);
      if (e == null || e instanceof SipEvent.TimedOut) {
        return new OptionsResult(
            at,
            OptionsResult.Status.TIMEOUT,
            0,
            null,
            null,
            "no response from " + target.hostPort() + " within " + timeout.toMillis() + " ms");
      }
      if (e instanceof SipEvent.Malformed m) {
        return new OptionsResult(
            at,
            OptionsResult.Status.FAILED,
            0,
            null,
            Math.round((m.atNanos() - sent) / 1e6),
            "malformed response (" + m.problem() + "): " + m.text());
      }
      if (e instanceof SipEvent.ResponseReceived r && r.response().getStatusCode() >= 200) {
        int code = r.response().getStatusCode();
        return new OptionsResult(
            at,
            code < 300 ? OptionsResult.Status.OK : OptionsResult.Status.FAILED,
            code,
            r.response().getReasonPhrase(),
            Math.round((r.atNanos() - sent) / 1e6),
            null);
      }
    }
  }

  private static void terminate(ClientTransaction tx) {
    if (tx != null) {
      try {
        tx.terminate();
      } catch (ObjectInUseException | RuntimeException e) {
        // already gone
      }
    }
  }
}
