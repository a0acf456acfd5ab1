package com.didtron.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The second header: breadcrumbs, the page title and the page's actions. */
public class PageHeader extends Div {
  private final Div crumbs = new Div();
  private final H2 title = new H2();
  private final Div actions = new Div();

  public PageHeader() {
    addClassName("dt-page-header");
    crumbs.addClassName("dt-breadcrumbs");
    crumbs.getElement().setAttribute("aria-label", "Breadcrumbs");
    title.addClassName("dt-page-title");
    actions.addClassName("dt-page-actions");
    Div left = new Div(crumbs, title);
    add(left, actions);
  }

  public void show(PageInfo info, List<Component> pageActions) {
    crumbs.removeAll();
    for (String crumb : info.breadcrumbs()) {
      crumbs.add(new Span(crumb), separator());
    }
    crumbs.add(new Span(info.title()));
    title.setText(info.title());
    actions.removeAll();
    pageActions.forEach(actions::add);
  }

  private static Span separator() {
    Span s = new Span("/");
    s.addClassName("dt-crumb-sep");
    return s;
  }
}
