package com.didtron.domain.siptest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a tenant's SIP alerts go: a webhook URL with its signing secret (at least 16 characters;
 * null keeps the stored secret when the URL is unchanged) and an email address. Blank fields turn a
 * channel off.
 */
public record AlertSettingsDraft(String webhookUrl, String webhookSecret, String emailTo) {
  public AlertSettingsDraft {
    webhookUrl = blankToNull(webhookUrl);
    webhookSecret = blankToNull(webhookSecret);
    emailTo = blankToNull(emailTo);
  }

  /** Problems, given whether a secret is already stored for the same URL. */
  public List<FieldProblem> validate(boolean secretStored) {
    List<FieldProblem> p = new ArrayList<>();
    if (webhookUrl != null && !webhookUrl.matches("https?://\\S+")) {
      p.add(new FieldProblem("webhookUrl", "The webhook URL must start with http:// or https://"));
    }
    if (webhookUrl != null && webhookSecret == null && !secretStored) {
      p.add(new FieldProblem("webhookSecret", "A webhook needs a signing secret"));
    }
    if (webhookSecret != null && webhookSecret.length() < 16) {
      p.add(new FieldProblem("webhookSecret", "The signing secret needs at least 16 characters"));
    }
    if (emailTo != null && !emailTo.matches("[^@\\s]+@[^@\\s]+")) {
      p.add(new FieldProblem("emailTo", "Not an email address: " + emailTo));
    }
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
