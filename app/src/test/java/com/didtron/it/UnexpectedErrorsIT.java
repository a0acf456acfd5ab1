package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.UnexpectedErrors;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * An unexpected failure in a signed-in page reaches the user as a plain notification with a
 * reference, never the exception's text, a class name or SQL; the log has the trace under that
 * reference.
 */
class UnexpectedErrorsIT extends BrowserlessViewsIT {
  private static final Pattern REFERENCE = Pattern.compile("reference ([0-9A-F]{8})\\.");

  @Autowired Fixtures fixtures;

  @Test
  void anUnexpectedErrorShowsAReferenceAndNoInternalsWhileTheLogKeepsTheTrace() {
    Account own = fixtures.account(admin(), Fixtures.unique("Erring"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    UI.getCurrent().navigate("dashboard");
    ErrorHandler handler = VaadinSession.getCurrent().getErrorHandler();
    assertThat(handler).as("every portal session has it").isInstanceOf(UnexpectedErrors.class);

    NotificationsKt.clearNotifications();
    Logger log = (Logger) LoggerFactory.getLogger(UnexpectedErrors.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try {
      handler.error(
          new ErrorEvent(
              new DataIntegrityViolationException(
                  "ERROR: duplicate key value; SQL [insert into didtron.payment (id) values (?)]",
                  new IllegalStateException("org.postgresql.util.PSQLException"))));
    } finally {
      log.detachAppender(logged);
    }

    List<Notification> shown = NotificationsKt.getNotifications();
    assertThat(shown).hasSize(1);
    String text = shown.getFirst().getElement().getProperty("text");
    assertThat(text)
        .startsWith("Something went wrong")
        .doesNotContain("insert", "SQL", "Exception", "org.", "didtron.payment", "duplicate");
    Matcher reference = REFERENCE.matcher(text);
    assertThat(reference.find()).as(text).isTrue();
    assertThat(logged.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFormattedMessage()).contains(reference.group(1));
              assertThat(e.getThrowableProxy().getClassName())
                  .isEqualTo(DataIntegrityViolationException.class.getName());
            });
  }
}
