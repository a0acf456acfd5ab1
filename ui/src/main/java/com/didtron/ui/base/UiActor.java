package com.didtron.ui.base;

import com.didtron.activities.security.CurrentActor;
import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.TenantId;
import com.vaadin.flow.server.VaadinSession;

/**
 * The actor for service calls from the portal: the signed-in user, working in the tenant a super
 * admin picked in the header (others always work in their own tenant).
 */
public final class UiActor {
  private static final String TENANT_KEY = "didtron.tenant";

  private UiActor() {}

  public static Actor current() {
    Actor actor = CurrentActor.require();
    VaadinSession session = VaadinSession.getCurrent();
    Object chosen = session == null ? null : session.getAttribute(TENANT_KEY);
    return chosen instanceof TenantId tenant ? actor.inTenant(tenant) : actor;
  }

  /** Remembers the tenant a super admin switched to (the service has checked it may). */
  public static void workIn(Actor switched) {
    VaadinSession.getCurrent().setAttribute(TENANT_KEY, switched.tenantId());
  }
}
