package com.didtron.ui.base;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The portal's modules in the icon rail, in rail order. Pages join one with {@link MenuPage}. */
public enum MenuModule {
  HOME("Home", VaadinIcon.HOME),
  ACCOUNTS("Accounts", VaadinIcon.BUILDING),
  RATING("Rating", VaadinIcon.CALC_BOOK),
  FINANCE("Finance", VaadinIcon.MONEY),
  SIP_TESTER("SIP tester", VaadinIcon.PHONE),
  ADMINISTRATION("Administration", VaadinIcon.COG);

  private final String label;
  private final VaadinIcon icon;

  MenuModule(String label, VaadinIcon icon) {
    this.label = label;
    this.icon = icon;
  }

  public String label() {
    return label;
  }

  public VaadinIcon icon() {
    return icon;
  }
}
