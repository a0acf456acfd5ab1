package com.didtron.app.cli;

import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import java.nio.file.Path;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code didtron start --with-switch}: once the platform runs (its database migrated), starts the
 * local switch against it as the schema's owner, and stops the switch when the platform shuts down.
 */
final class WithSwitch {
  private WithSwitch() {}

  static SwitchEndpoints start(
      ConfigurableApplicationContext context, Path dataDir, SwitchEndpoints endpoints) {
    AuthoriseServer authorise = context.getBean(AuthoriseServer.class);
    int authorisePort = authorise.port();
    KamailioSwitch kamailio =
        new KamailioSwitch(
            dataDir,
            authorisePort > 0 ? authorisePort : KamailioSwitch.DEFAULT_AUTHORISE_PORT,
            authorise.token().isEmpty() ? null : authorise.token());
    DatabaseLogins.Login owner = context.getBean(DatabaseLogins.class).owner();
    SwitchEndpoints started = kamailio.start(owner, endpoints);
    context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> kamailio.stop());
    return started;
  }
}
