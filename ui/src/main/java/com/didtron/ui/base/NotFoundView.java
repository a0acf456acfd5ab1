package com.didtron.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads to no page (a typo, an old bookmark): a friendly 404 inside the shell with
 * a way back, never the router's raw "Could not navigate" text nor its list of routes.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasPageHeader {
  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    ErrorPage.show(this, "There is no page at this address.");
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Page not found");
  }
}
