package com.didtron.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The fixed bar at the bottom of a form page that holds its actions (Save, Cancel, Apply), always
 * visible however long the form. A status text at its left tells what is going on.
 */
public class ActionDock extends Div {
  private final Span status = new Span();
  private final Div actions = new Div();

  public ActionDock(Component... buttons) {
    addClassName("dt-action-dock");
    status.addClassName("dt-action-dock-status");
    actions.addClassName("dt-action-dock-actions");
    actions.add(buttons);
    add(status, actions);
  }

  public void setStatus(String text) {
    status.setText(text == null ? "" : text);
  }
}
