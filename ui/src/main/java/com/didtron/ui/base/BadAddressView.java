package com.didtron.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page address whose record id is malformed (an edited URL): the same "not available" page inside
 * the shell as for a record that is not the user's, rather than the exception's text.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class BadAddressView extends Div
    implements HasErrorParameter<IllegalArgumentException>, HasPageHeader {
  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<IllegalArgumentException> parameter) {
    ErrorPage.show(
        this,
        "This address does not lead to a record you can open. " + ErrorPage.NOT_YOURS_OR_MISSING);
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Not available");
  }
}
