package com.didtron.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Page-wide settings: Lumo with DIDTron's stylesheet (no frontend build needed) and the script that
 * gives every interactive element a stable {@code data-testid} ({@link TestIds}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {
  private static final String TEST_IDS = resource("/META-INF/resources/dt-testids.js");

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("DIDTron");
    settings.addMetaTag("theme-color", "#2563EB");
    // without an icon link the browser asks for /favicon.ico, a 404 in every console
    settings.addFavIcon("icon", "images/favicon.svg", "any");
    settings.addInlineWithContents(
        TargetElement.BODY, Inline.Position.APPEND, TEST_IDS, Inline.Wrapping.JAVASCRIPT);
  }

  private static String resource(String path) {
    try (InputStream in = AppShell.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the ui module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
