package com.didtron.activities.siptest;

/** A tenant's alert channels as stored; the webhook secret itself is never shown. */
public record AlertSettings(String webhookUrl, String webhookSecret, String emailTo) {
  public static final AlertSettings NONE = new AlertSettings(null, null, null);

  public boolean hasWebhook() {
    return webhookUrl != null;
  }

  @Override
  public String toString() {
    return "AlertSettings[webhook=" + webhookUrl + ", email=" + emailTo + "]";
  }
}
