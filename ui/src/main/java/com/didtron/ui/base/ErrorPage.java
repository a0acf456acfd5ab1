package com.didtron.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The body of the shell's error pages: what happened, in the user's words, and a way back. */
final class ErrorPage {
  private ErrorPage() {}

  static void show(Div page, String message) {
    page.removeAll();
    page.addClassName("error-page");
    page.setId("error-page");
    Paragraph text = new Paragraph(message);
    text.getElement().setAttribute("data-testid", "error-message");
    Anchor back = new Anchor("", "Back to the start page");
    back.getElement().setAttribute("data-testid", "error-back");
    page.add(text, back);
  }
}
