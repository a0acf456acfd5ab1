package com.didtron.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A key figure: label, value and a hint line. Variants via CSS classes (dt-up, dt-down). */
public class Card extends Div {
  private final Span value = new Span();

  public Card(String label, String value, String hint) {
    addClassName("dt-card");
    Span l = new Span(label);
    l.addClassName("dt-card-label");
    this.value.setText(value);
    // a long value may wrap or shrink (styles.css): the title keeps it whole as a tooltip
    this.value.getElement().setAttribute("title", value == null ? "" : value);
    this.value.addClassName("dt-card-value");
    Span h = new Span(hint);
    h.addClassName("dt-card-hint");
    add(l, this.value, h);
  }

  /** Colours the value as healthy (true) or failing (false). */
  public Card status(boolean up) {
    value.addClassName(up ? "dt-up" : "dt-down");
    return this;
  }

  /**
   * Marks the value as a negative amount ({@code dt-negative}; the minus sign stays in the text).
   */
  public Card negative(boolean negative) {
    value.setClassName(Amounts.NEGATIVE, negative);
    return this;
  }
}
