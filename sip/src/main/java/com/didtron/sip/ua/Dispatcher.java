package com.didtron.sip.ua;

import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Routes what the stack delivers to the call or ping it belongs to, by Call-ID, stamping each event
 * with its arrival time. Answers in-dialog BYE and out-of-dialog OPTIONS itself. Supplies each
 * call's digest credentials to the stack's authentication helper.
 */
final class Dispatcher implements SipListener, AccountManager {
  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
  private static final Pattern CALL_ID =
      Pattern.compile("(?im)^(?:call-id|i)[ \\t]*:[ \\t]*(\\S+)");

  private record Registration(Consumer<SipEvent> sink, Credentials credentials) {}

  private final Map<String, Registration> calls = new ConcurrentHashMap<>();
  private final TimeSource time;
  private volatile SipProvider provider;
  private volatile MessageFactory messages;

  Dispatcher(TimeSource time) {
    this.time = time;
  }

  void attach(SipProvider sipProvider, MessageFactory messageFactory) {
    this.provider = sipProvider;
    this.messages = messageFactory;
  }

  void register(String callId, Consumer<SipEvent> sink, Credentials credentials) {
    calls.put(callId, new Registration(sink, credentials));
  }

  void unregister(String callId) {
    calls.remove(callId);
  }

  int active() {
    return calls.size();
  }

  private void deliver(String callId, SipEvent event) {
    Registration r = callId == null ? null : calls.get(callId);
    if (r != null) {
      r.sink().accept(event);
    }
  }

  private static String callId(Message m) {
    CallIdHeader h = (CallIdHeader) m.getHeader(CallIdHeader.NAME);
    return h == null ? null : h.getCallId();
  }

  @Override
  public void processResponse(ResponseEvent e) {
    Response r = e.getResponse();
    deliver(
        callId(r),
        new SipEvent.ResponseReceived(r, e.getClientTransaction(), e.getDialog(), time.nanoTime()));
  }

  @Override
  public void processRequest(RequestEvent e) {
    Request request = e.getRequest();
    String method = request.getMethod();
    long at = time.nanoTime();
    if (Request.ACK.equals(method)) {
      return;
    }
    boolean known = calls.containsKey(callId(request));
    int code =
        switch (method) {
          case Request.BYE -> known ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
          case Request.OPTIONS -> Response.OK;
          default -> Response.NOT_IMPLEMENTED;
        };
    respond(e, request, code);
    if (known && Request.BYE.equals(method)) {
      deliver(callId(request), new SipEvent.RequestReceived(method, at));
    }
  }

  private void respond(RequestEvent e, Request request, int code) {
    try {
      ServerTransaction st = e.getServerTransaction();
      if (st == null) {
        st = provider.getNewServerTransaction(request);
      }
      st.sendResponse(messages.createResponse(code, request));
    } catch (Exception ex) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "could not answer " + request.getMethod() + ": " + ex.getMessage());
    }
  }

  @Override
  public void processTimeout(TimeoutEvent e) {
    if (!e.isServerTransaction() && e.getClientTransaction() != null) {
      Request request = e.getClientTransaction().getRequest();
      deliver(callId(request), new SipEvent.TimedOut(request.getMethod(), time.nanoTime()));
    }
  }

  /** A message the stack dropped as malformed: handed to its call when its Call-ID can be read. */
  void malformed(MalformedTap.Malformed m) {
    Matcher matcher = CALL_ID.matcher(m.text());
    if (matcher.find()) {
      deliver(matcher.group(1), new SipEvent.Malformed(m.text(), m.problem(), time.nanoTime()));
    } else {
      LOG.log(
          System.Logger.Level.DEBUG,
          "malformed SIP message without a Call-ID dropped: " + m.problem());
    }
  }

  @Override
  public void processIOException(IOExceptionEvent e) {
    LOG.log(System.Logger.Level.DEBUG, "SIP I/O problem with " + e.getHost() + ":" + e.getPort());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent e) {}

  @Override
  public void processDialogTerminated(DialogTerminatedEvent e) {}

  @Override
  public UserCredentials getCredentials(ClientTransaction challenged, String realm) {
    Registration r = calls.get(callId(challenged.getRequest()));
    if (r == null || r.credentials() == null) {
      return null;
    }
    Credentials c = r.credentials();
    return new UserCredentials() {
      @Override
      public String getUserName() {
        return c.user();
      }

      @Override
      public String getPassword() {
        return c.password();
      }

      @Override
      public String getSipDomain() {
        return realm;
      }
    };
  }
}
