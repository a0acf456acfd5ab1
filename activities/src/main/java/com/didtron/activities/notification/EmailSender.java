package com.didtron.activities.notification;

/** Delivers one outbox message through an email provider. */
public interface EmailSender {
  /** Why this sender cannot send, or null when it can. */
  String unavailableReason();

  /**
   * Sends the message; returns the provider's message id.
   *
   * @throws DeliveryFailure when the provider refused or could not be reached
   */
  String send(Outgoing message);

  /** What the sender needs of a message. */
  record Outgoing(String id, String to, String toName, String subject, String html, String text) {}

  /** A failed delivery; {@code permanent} when retrying cannot help (e.g. a rejected address). */
  class DeliveryFailure extends RuntimeException {
    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
