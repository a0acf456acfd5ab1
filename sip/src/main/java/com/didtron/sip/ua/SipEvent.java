package com.didtron.sip.ua;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Response;

/** What the stack tells one call or ping, stamped with the time it arrived. */
sealed interface SipEvent {
  long atNanos();

  record ResponseReceived(
      Response response, ClientTransaction transaction, Dialog dialog, long atNanos)
      implements SipEvent {}

  /** The far end sent a request in the dialog (BYE), already answered with 200. */
  record RequestReceived(String method, long atNanos) implements SipEvent {}

  /** A client transaction gave up after its retransmissions (RFC 3261 timer B or F). */
  record TimedOut(String method, long atNanos) implements SipEvent {}

  /** A message for this call that the stack could not use. */
  record Malformed(String text, String problem, long atNanos) implements SipEvent {}
}
