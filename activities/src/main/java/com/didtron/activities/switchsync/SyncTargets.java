package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The switches (targets) the switch sync keeps up to date: the local Kamailio ({@value #KAMAILIO},
 * unless {@code didtron.switch.kamailio.sync-enabled=false}) and the hosted switch when one is
 * configured (ConnexCS, named {@code connexcs}). Each recorded change becomes pending for each of
 * them.
 */
@Facade
@Component
public class SyncTargets {
  public static final String KAMAILIO = "kamailio";

  private final List<String> names;

  SyncTargets(
      @Value("${didtron.switch.kamailio.sync-enabled:true}") boolean kamailio,
      ObjectProvider<HostedSwitch> hosted) {
    List<String> all = new ArrayList<>();
    if (kamailio) {
      all.add(KAMAILIO);
    }
    hosted.ifAvailable(h -> all.add(h.name()));
    this.names = List.copyOf(all);
  }

  /** The targets' names, e.g. {@code [kamailio, connexcs]}. */
  public List<String> names() {
    return names;
  }
}
