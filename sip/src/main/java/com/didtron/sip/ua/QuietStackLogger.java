package com.didtron.sip.ua;

import gov.nist.core.StackLogger;
import java.util.Properties;

/**
 * The JAIN-SIP stack's logger, named in the stack properties: fatal errors go to the JDK platform
 * logger {@code com.didtron.sip.stack} as warnings, errors and warnings at debug level (under
 * overload the stack logs one error per dialog it gives up on; the call results already say what
 * failed); everything chattier is dropped.
 */
public final class QuietStackLogger implements StackLogger {
  private static final System.Logger LOG = System.getLogger("com.didtron.sip.stack");

  @Override
  public void logStackTrace() {}

  @Override
  public void logStackTrace(int traceLevel) {}

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    LOG.log(System.Logger.Level.DEBUG, "SIP stack exception", ex);
  }

  @Override
  public void logDebug(String message) {}

  @Override
  public void logDebug(String message, Exception ex) {}

  @Override
  public void logTrace(String message) {}

  @Override
  public void logFatalError(String message) {
    LOG.log(System.Logger.Level.WARNING, message);
  }

  @Override
  public void logError(String message) {
    LOG.log(System.Logger.Level.DEBUG, message);
  }

  @Override
  public boolean isLoggingEnabled() {
    return true;
  }

  @Override
  public boolean isLoggingEnabled(int logLevel) {
    return logLevel <= TRACE_ERROR;
  }

  @Override
  public void logError(String message, Exception ex) {
    LOG.log(System.Logger.Level.DEBUG, message, ex);
  }

  @Override
  public void logWarning(String message) {
    LOG.log(System.Logger.Level.DEBUG, message);
  }

  @Override
  public void logInfo(String message) {}

  @Override
  public void disableLogging() {}

  @Override
  public void enableLogging() {}

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public String getLoggerName() {
    return "com.didtron.sip.stack";
  }
}
