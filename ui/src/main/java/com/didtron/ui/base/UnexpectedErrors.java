package com.didtron.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something fails unexpectedly after a page has opened (a button whose
 * service throws, a grid whose query fails): a plain notification with a short reference, never the
 * exception's text, a class name or SQL. The log has the whole trace under the same reference, so
 * support can find it from what the user reads out.
 */
@Component
public class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
  }

  @Override
  public void error(ErrorEvent event) {
    String reference = reference();
    LOG.error("Unexpected error in the portal, reference {}", reference, event.getThrowable());
    if (UI.getCurrent() != null) {
      Notification n =
          Notification.show(message(reference), 10_000, Notification.Position.BOTTOM_END);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
      n.addClassName("dt-unexpected-error");
    }
  }

  /** The words shown for an unexpected error with this reference. */
  static String message(String reference) {
    return "Something went wrong and your last action may not have been completed. Please try"
        + " again; if it keeps happening, tell support the reference "
        + reference
        + ".";
  }

  /** Eight characters, easy to read out, unique enough to find one entry in the log. */
  static String reference() {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
