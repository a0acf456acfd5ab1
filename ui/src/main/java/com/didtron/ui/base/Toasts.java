package com.didtron.ui.base;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; errors never carry technical details or stack traces. */
public final class Toasts {
  private Toasts() {}

  public static void success(String message) {
    show(message, NotificationVariant.LUMO_SUCCESS, 3000);
  }

  public static void error(String message) {
    show(message, NotificationVariant.LUMO_ERROR, 6000);
  }

  private static void show(String message, NotificationVariant variant, int millis) {
    Notification n = Notification.show(message, millis, Notification.Position.BOTTOM_END);
    n.addThemeVariants(variant);
  }
}
