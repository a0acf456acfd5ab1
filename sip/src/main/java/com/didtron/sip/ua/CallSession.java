package com.didtron.sip.ua;

import com.didtron.sip.quality.MediaReport;
import com.didtron.sip.rtp.MediaSession;
import com.didtron.sip.rtp.Sdp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ObjectInUseException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One test call, run on the caller's thread: INVITE, provisional responses, digest challenge,
 * CANCEL after the ring timeout, then ACK, media for the hold time and BYE. Every wait has a
 * deadline, so a call always ends. Events from the stack arrive through a queue.
 */
final class CallSession {
  private static final long GUARD_NANOS = TimeUnit.SECONDS.toNanos(4);

  private final StackRuntime sip;
  private final Dispatcher dispatcher;
  private final ScheduledExecutorService rtpScheduler;
  private final TimeSource time;
  private final CallRequest call;
  private final BlockingQueue<SipEvent> events = new LinkedBlockingQueue<>();
  private final CallTimeline timeline = new CallTimeline();
  private Instant startedAt;
  private MediaSession media;
  private ClientTransaction invite;
  private long responseDeadline;
  private long ringDeadline;
  private long cancelDeadline = -1;
  private boolean heard;
  private boolean authTried;

  CallSession(
      StackRuntime sip,
      Dispatcher dispatcher,
      ScheduledExecutorService rtpScheduler,
      TimeSource time,
      CallRequest call) {
    this.sip = sip;
    this.dispatcher = dispatcher;
    this.rtpScheduler = rtpScheduler;
    this.time = time;
    this.call = call;
  }

  CallResult run() {
    startedAt = time.now();
    try {
      InetAddress.getByName(call.to().host());
    } catch (UnknownHostException e) {
      return CallResult.failed(startedAt, "unknown host " + call.to().host());
    }
    String callId = null;
    try {
      media =
          call.media()
              ? MediaSession.open(
                  sip.localAddress, rtpScheduler, time, ThreadLocalRandom.current().nextLong())
              : null;
      String offer =
          media == null
              ? null
              : Sdp.offer(sip.host(), media.localPort(), System.nanoTime() & 0xFFFFFFL);
      Request request = new Requests(sip).invite(call, offer);
      callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
      dispatcher.register(callId, events::add, call.credentials());
      invite = sip.provider.getNewClientTransaction(request);
      timeline.invite(time.nanoTime());
      invite.sendRequest();
      return awaitFinalResponse();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      terminate(invite);
      return CallResult.failed(startedAt, "interrupted");
    } catch (Exception e) {
      terminate(invite);
      return CallResult.failed(
          startedAt, "could not place the call to " + call.to() + ": " + e.getMessage());
    } finally {
      if (callId != null) {
        dispatcher.unregister(callId);
      }
      if (media != null) {
        media.close();
      }
    }
  }

  private CallResult awaitFinalResponse() throws Exception {
    long t0 = time.nanoTime();
    responseDeadline = t0 + call.responseTimeout().toNanos();
    ringDeadline = t0 + call.ringTimeout().toNanos();
    while (true) {
      long deadline =
          cancelDeadline >= 0
              ? cancelDeadline
              : heard ? ringDeadline : Math.min(responseDeadline, ringDeadline);
      SipEvent event = events.poll(Math.max(0, deadline - time.nanoTime()), TimeUnit.NANOSECONDS);
      CallResult done;
      if (event == null
          || event instanceof SipEvent.TimedOut t && Request.INVITE.equals(t.method())) {
        done = onSilence();
      } else if (event instanceof SipEvent.Malformed m) {
        terminate(invite);
        done =
            result(
                CallOutcome.FAILED,
                0,
                null,
                "malformed response (" + m.problem() + "): " + m.text());
      } else if (event instanceof SipEvent.ResponseReceived r
          && Request.INVITE.equals(method(r.response()))) {
        done = onResponse(r);
      } else {
        done = null;
      }
      if (done != null) {
        return done;
      }
    }
  }

  /**
   * A deadline passed: no response at all (TIMEOUT), ringing too long (CANCEL), or no 487 after
   * CANCEL.
   */
  private CallResult onSilence() throws Exception {
    if (cancelDeadline >= 0) {
      terminate(invite);
      return result(
          CallOutcome.NO_ANSWER, 0, null, "cancelled after the ring timeout; no 487 came back");
    }
    if (!heard) {
      terminate(invite);
      return result(
          CallOutcome.TIMEOUT,
          0,
          null,
          "no response from "
              + call.to().hostPort()
              + " within "
              + call.responseTimeout().toMillis()
              + " ms");
    }
    sip.provider.getNewClientTransaction(invite.createCancel()).sendRequest();
    cancelDeadline = time.nanoTime() + GUARD_NANOS;
    return null;
  }

  /** A response to the INVITE: provisional, answer, digest challenge or final failure. */
  private CallResult onResponse(SipEvent.ResponseReceived r) throws Exception {
    int code = r.response().getStatusCode();
    heard = true;
    if (code < 200) {
      timeline.provisional(code, r.atNanos());
      return null;
    }
    if (code < 300) {
      return answered(r);
    }
    if ((code == 401 || code == 407) && call.credentials() != null && !authTried) {
      authTried = true;
      invite = sip.auth.handleChallenge(r.response(), r.transaction(), sip.provider, 5);
      invite.sendRequest();
      heard = false;
      responseDeadline = time.nanoTime() + call.responseTimeout().toNanos();
      return null;
    }
    timeline.finalResponse(r.atNanos());
    CallOutcome outcome =
        cancelDeadline >= 0 && code == 487 ? CallOutcome.NO_ANSWER : CallOutcome.ofFinalCode(code);
    return result(outcome, code, r.response().getReasonPhrase(), null);
  }

  private CallResult answered(SipEvent.ResponseReceived r) throws Exception {
    timeline.answered(r.atNanos());
    Response ok = r.response();
    Dialog dialog = r.dialog() != null ? r.dialog() : r.transaction().getDialog();
    long cseq = ((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber();
    dialog.sendAck(dialog.createAck(cseq));
    startMedia(ok);
    boolean farEndHungUp = holdUntil(r.atNanos() + call.hold().toNanos());
    timeline.hangup(time.nanoTime());
    MediaReport report = media == null ? null : media.stop();
    String error = null;
    if (!farEndHungUp) {
      error = bye(dialog);
    }
    return new CallResult(
        startedAt,
        CallOutcome.ANSWERED,
        ok.getStatusCode(),
        ok.getReasonPhrase(),
        timeline.pddMs(),
        timeline.setupMs(),
        timeline.durationMs(),
        report,
        error);
  }

  private void startMedia(Response ok) {
    if (media == null) {
      return;
    }
    byte[] body = ok.getRawContent();
    Sdp.audioTarget(body == null ? null : new String(body, StandardCharsets.UTF_8))
        .ifPresent(t -> media.start(new InetSocketAddress(t.address(), t.port())));
  }

  /** Waits out the hold time; true when the far end hung up first. */
  private boolean holdUntil(long until) throws InterruptedException {
    while (true) {
      long left = until - time.nanoTime();
      if (left <= 0) {
        return false;
      }
      SipEvent e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e instanceof SipEvent.RequestReceived req && Request.BYE.equals(req.method())) {
        return true;
      }
    }
  }

  /** Sends BYE and waits (bounded) for its final response; returns a problem or null. */
  private String bye(Dialog dialog) throws Exception {
    ClientTransaction bye = sip.provider.getNewClientTransaction(dialog.createRequest(Request.BYE));
    dialog.sendRequest(bye);
    long deadline = time.nanoTime() + GUARD_NANOS;
    while (true) {
      SipEvent e = events.poll(Math.max(0, deadline - time.nanoTime()), TimeUnit.NANOSECONDS);
      if (e == null || e instanceof SipEvent.TimedOut) {
        return "no response to BYE";
      }
      if (e instanceof SipEvent.ResponseReceived r
          && Request.BYE.equals(method(r.response()))
          && r.response().getStatusCode() >= 200) {
        int code = r.response().getStatusCode();
        return code < 300 ? null : "BYE answered " + code + " " + r.response().getReasonPhrase();
      }
    }
  }

  private CallResult result(CallOutcome outcome, int code, String reason, String error) {
    return new CallResult(startedAt, outcome, code, reason, timeline.pddMs(), null, 0, null, error);
  }

  private static String method(Response r) {
    CSeqHeader cseq = (CSeqHeader) r.getHeader(CSeqHeader.NAME);
    return cseq == null ? "" : cseq.getMethod();
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
