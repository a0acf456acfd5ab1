package com.didtron.ui.base;

import com.vaadin.flow.component.Component;

/**
 * Stable {@code data-testid}s for browser tests. Every interactive element gets one derived from
 * the page's route and its label by {@code dt-testids.js} (loaded by {@link AppShell}): {@code
 * <page>.<kind>.<label>}, e.g. {@code my-numbers.button.release-4989123451}; elements of the top
 * bar and the menus use {@code shell} as the page. Where that would not be stable (a label that
 * changes with the data, or two equal labels whose order may change) set one here; an explicit id
 * (or the component's {@code id}) always wins.
 */
public final class TestIds {
  public static final String ATTRIBUTE = "data-testid";

  private TestIds() {}

  /** Gives {@code component} the explicit test id {@code id}; returns the component. */
  public static <C extends Component> C set(C component, String id) {
    component.getElement().setAttribute(ATTRIBUTE, id);
    return component;
  }
}
