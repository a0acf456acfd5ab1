package com.didtron.domain.siptest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a carrier takes test calls: its SIP host and port, digest credentials if it challenges, the
 * number monitoring dials for its test-call probes (null: OPTIONS only), and whether monitoring
 * watches it.
 */
public record SipTargetDraft(
    String host,
    int port,
    String authUser,
    String authPassword,
    String probeNumber,
    boolean monitored) {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:-]+");
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");

  public SipTargetDraft {
    host = host == null ? null : host.strip();
    authUser = blankToNull(authUser);
    authPassword = authUser == null ? null : authPassword;
    probeNumber = blankToNull(probeNumber);
  }

  public List<FieldProblem> validate() {
    List<FieldProblem> p = new ArrayList<>();
    if (host == null || !HOST.matcher(host).matches()) {
      p.add(new FieldProblem("host", "Host must be a name or IP address"));
    }
    if (port < 1 || port > 65535) {
      p.add(new FieldProblem("port", "Port must be between 1 and 65535"));
    }
    if (authUser != null && (authPassword == null || authPassword.isEmpty())) {
      p.add(new FieldProblem("authPassword", "A digest user needs a password"));
    }
    if (probeNumber != null && !NUMBER.matcher(probeNumber).matches()) {
      p.add(new FieldProblem("probeNumber", "Probe number must be digits with an optional +"));
    }
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
