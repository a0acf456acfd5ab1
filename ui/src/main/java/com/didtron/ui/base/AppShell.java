package com.didtron.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo with DIDTron's stylesheet (no frontend build needed). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {
  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("DIDTron");
    settings.addMetaTag("theme-color", "#2563EB");
  }
}
