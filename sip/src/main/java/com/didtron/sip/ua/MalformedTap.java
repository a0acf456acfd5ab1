package com.didtron.sip.ua;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sip.SipStack;

/**
 * JAIN-SIP drops a message it cannot parse (or one missing Call-ID, CSeq, From, To or Via) without
 * telling the application. This parser factory, named in the stack properties, wraps the stack's
 * own parser and hands such messages' text to the user agent that owns the stack, so a malformed
 * response is recorded as the call's failure instead of looking like silence.
 */
public final class MalformedTap implements MessageParserFactory {
  private static final Map<String, Consumer<Malformed>> SINKS = new ConcurrentHashMap<>();

  /** A message the stack would drop, and why. */
  public record Malformed(String text, String problem) {}

  static void register(String stackName, Consumer<Malformed> sink) {
    SINKS.put(stackName, sink);
  }

  static void unregister(String stackName) {
    SINKS.remove(stackName);
  }

  @Override
  public MessageParser createMessageParser(SIPTransactionStack stack) {
    MessageParser inner = new StringMsgParserFactory().createMessageParser(stack);
    String name = stack instanceof SipStack s ? s.getStackName() : "";
    return (bytes, readBody, strict, listener) -> {
      SIPMessage message;
      try {
        message = inner.parseSIPMessage(bytes, readBody, strict, listener);
      } catch (ParseException e) {
        report(name, bytes, e.getMessage());
        throw e;
      }
      if (message != null
          && (message.getCallId() == null
              || message.getCSeq() == null
              || message.getFrom() == null
              || message.getTo() == null
              || message.getViaHeaders() == null)) {
        report(name, bytes, "a required header (Call-ID, CSeq, From, To, Via) is missing");
      }
      return message;
    };
  }

  private static void report(String stackName, byte[] bytes, String problem) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return;
    }
    Consumer<Malformed> sink = SINKS.get(stackName);
    if (sink != null) {
      sink.accept(new Malformed(text, problem));
    }
  }
}
