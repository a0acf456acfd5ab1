package com.didtron.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The body of the shell's error pages (not found, not open to you, not available; their heading is
 * the page header's title): what happened, in the user's words, and two ways back: the dashboard
 * and the previous page. Never an exception text, class name or the router's own message.
 */
final class ErrorPage {
  /** Said for a record that is not the user's and for one that does not exist alike. */
  static final String NOT_YOURS_OR_MISSING =
      "It does not exist, or it is not open to your account.";

  private ErrorPage() {}

  static void show(Div page, String message) {
    page.removeAll();
    page.addClassName("error-page");
    page.setId("error-page");
    Paragraph text = new Paragraph(message);
    text.getElement().setAttribute("data-testid", "error-message");
    Anchor dashboard = new Anchor("dashboard", "Go to the dashboard");
    dashboard.getElement().setAttribute("data-testid", "error-back");
    Button back = new Button("Go back", e -> UI.getCurrent().getPage().getHistory().back());
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.getElement().setAttribute("data-testid", "error-go-back");
    Div ways = new Div(dashboard, back);
    ways.addClassName("dt-error-ways");
    // styled here, not in styles.css: the error pages are the only users
    ways.getStyle().set("display", "flex").set("gap", "1rem").set("align-items", "center");
    page.add(text, ways);
  }
}
