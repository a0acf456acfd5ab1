package com.didtron.sip.ua;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;

/** The JAIN-SIP message logger, named in the stack properties: logs no messages (no log file). */
public final class QuietServerLogger implements ServerLogger {
  @Override
  public void closeLogFile() {}

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {}

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender, long time) {}

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender) {}

  @Override
  public void logException(Exception ex) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public void setSipStack(SipStack sipStack) {}
}
