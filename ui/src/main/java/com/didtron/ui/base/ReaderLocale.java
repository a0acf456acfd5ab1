package com.didtron.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal reads amounts and dates in the reader's locale: each new UI takes the browser's
 * preferred language (Accept-Language). Without the header the UI keeps Vaadin's default, and
 * {@link Amounts} falls back to English.
 */
@Component
public class ReaderLocale implements VaadinServiceInitListener {
  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            e -> {
              Locale preferred = preferred(VaadinRequest.getCurrent());
              if (preferred != null) {
                e.getUI().setLocale(preferred);
              }
            });
  }

  /** The request's first Accept-Language locale, or null when it sends none. */
  static Locale preferred(VaadinRequest request) {
    if (request == null) {
      return null;
    }
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return null;
    }
    Locale l = request.getLocale();
    return l == null || l.getLanguage().isEmpty() ? null : l;
  }
}
