package com.didtron.ui.settlement;

import com.didtron.domain.money.AmountFormat;
import com.didtron.ui.base.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Small pieces the settlement pages share: PDF download links, amounts, a reason dialog, safe
 * actions.
 */
public final class Documents {
  private Documents() {}

  /**
   * A link that downloads a PDF made by {@code pdf} (called when clicked, with the actor already
   * bound).
   */
  public static Anchor pdfLink(String label, String fileName, Supplier<byte[]> pdf) {
    Anchor a =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = pdf.get();
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
                }),
            label);
    a.getElement().setAttribute("download", true);
    a.addClassName("dt-pdf-link");
    return a;
  }

  /** An amount as people read it ({@link AmountFormat}: grouped, at least two decimals). */
  public static String amount(BigDecimal v) {
    return AmountFormat.of(v);
  }

  /**
   * Runs a service call; a refusal becomes an error toast with its message (never a stack trace).
   */
  public static boolean attempt(Runnable action, String success) {
    try {
      action.run();
      if (success != null) {
        Toasts.success(success);
      }
      return true;
    } catch (RuntimeException e) {
      Toasts.error(e.getMessage() == null ? "That did not work" : e.getMessage());
      return false;
    }
  }

  /** Asks for a text (a reason) and hands it to {@code then}. */
  public static void askText(String title, String label, String confirm, Consumer<String> then) {
    Dialog d = new Dialog();
    d.setHeaderTitle(title);
    TextField text = new TextField(label);
    text.setWidthFull();
    d.add(text);
    Button ok =
        new Button(
            confirm,
            e -> {
              d.close();
              then.accept(text.getValue());
            });
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
    d.open();
  }

  /** A small button in a grid row. */
  public static Button rowButton(String text, VaadinIcon icon, Runnable action) {
    Button b = new Button(text, icon.create(), e -> action.run());
    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return b;
  }

  /** Lays out components side by side in a grid cell. */
  public static Component cell(Component... parts) {
    var d = new Div(parts);
    d.addClassName("dt-row-actions");
    return d;
  }
}
