package com.didtron.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's role may not open (Vaadin's navigation access control refused it by
 * the view's {@code @RolesAllowed}): a friendly 403 inside the shell with a way back, instead of
 * Vaadin's default, which answers with the router's raw "Could not navigate" text. Users who are
 * not signed in never get here: they are sent to sign in and back afterwards.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class ForbiddenView extends Div
    implements HasErrorParameter<AccessDeniedException>, HasPageHeader {
  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    ErrorPage.show(
        this,
        "This page is not part of what your role can open. The menu lists the pages you can.");
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Not open to you");
  }
}
