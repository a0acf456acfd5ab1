package com.didtron.ui.settlement;

import com.didtron.activities.input.InputTooLarge;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.ui.base.Amounts;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

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

  /** A balance or total as people read it ({@link Amounts}: minor units, grouped, the code). */
  public static String amount(Money m) {
    return Amounts.format(m);
  }

  /** A balance or total as people read it, e.g. {@code 1,234.50 USD}. */
  public static String amount(BigDecimal v, String currency) {
    return v == null || currency == null ? "" : Amounts.format(v, CurrencyCode.of(currency));
  }

  /** A balance or total without the code, for columns whose header names the currency. */
  public static String number(BigDecimal v, String currency) {
    return v == null ? "" : Amounts.number(v, currency == null ? null : CurrencyCode.of(currency));
  }

  /** A per-call amount or quantity with its full precision (up to six decimals). */
  public static String precise(BigDecimal v) {
    return Amounts.precise(v);
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
    } catch (IllegalArgumentException
        | IllegalStateException
        | AccessDenied
        | InputTooLarge
        | java.util.NoSuchElementException refused) {
      // Business refusals say what is wrong in their message.
      Toasts.error(refused.getMessage() == null ? "That did not work" : refused.getMessage());
      return false;
    } catch (RuntimeException e) {
      // Anything else is a fault: the log keeps it, the reader gets no internals.
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LoggerFactory.getLogger(Documents.class).error("Action failed (reference {})", ref, e);
      Toasts.error("That did not work. Please try again; if it persists, quote reference " + ref);
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
