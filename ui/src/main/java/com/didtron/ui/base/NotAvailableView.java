package com.didtron.ui.base;

import com.didtron.domain.access.AccessDenied;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees instead of a record that is not theirs or does not exist (an edited
 * address): the refusal's own words (which read the same whether or not the record exists, "No such
 * invoice") and a way back, inside the shell, never the router's error text or a stack trace. The
 * status is 404 for both cases, so it does not tell them apart either.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotAvailableView extends Div
    implements HasErrorParameter<AccessDenied>, HasPageHeader {
  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDenied> parameter) {
    String why = parameter.getCaughtException().getMessage();
    ErrorPage.show(
        this, (why == null || why.isBlank() ? "" : why + ". ") + ErrorPage.NOT_YOURS_OR_MISSING);
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Not available");
  }
}
