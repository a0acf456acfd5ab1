package com.didtron.activities.document;

import com.didtron.activities.Facade;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small builder for the XHTML of printed documents: a letterhead, key facts, a table, totals and
 * notes, with one shared style. Every text is escaped.
 */
@Facade
public final class DocumentHtml {
  private static final String STYLE =
      """
      @page { size: A4; margin: 18mm 16mm; }
      body { font-family: Helvetica, sans-serif; font-size: 9.5pt; color: #111827; }
      h1 { font-size: 18pt; color: #2563EB; margin: 0 0 2mm 0; }
      .brand { font-size: 11pt; font-weight: bold; margin-bottom: 6mm; }
      table { width: 100%; border-collapse: collapse; margin-top: 4mm; }
      th { text-align: left; border-bottom: 1px solid #9CA3AF; padding: 1.5mm; font-size: 8.5pt; color: #374151; }
      td { padding: 1.5mm; border-bottom: 1px solid #E5E7EB; }
      td.n, th.n { text-align: right; }
      table.facts td { border: none; padding: 0.5mm 1.5mm; }
      table.totals { width: 45%; margin-left: 55%; }
      table.totals td { border: none; }
      tr.grand td { font-weight: bold; border-top: 1px solid #111827; }
      .note { margin-top: 6mm; color: #4B5563; font-size: 8.5pt; }
      """;

  private final StringBuilder body = new StringBuilder();
  private final String title;

  public DocumentHtml(String brand, String title) {
    this.title = title;
    body.append("<div class=\"brand\">").append(esc(brand)).append("</div>");
    body.append("<h1>").append(esc(title)).append("</h1>");
  }

  /** Label/value pairs, e.g. number, date, period, customer. */
  public DocumentHtml facts(List<String[]> pairs) {
    body.append("<table class=\"facts\">");
    for (String[] p : pairs) {
      body.append("<tr><td>")
          .append(esc(p[0]))
          .append("</td><td><b>")
          .append(esc(p[1]))
          .append("</b></td></tr>");
    }
    body.append("</table>");
    return this;
  }

  /**
   * A table; columns whose header starts with '#' are right-aligned numbers (the '#' is dropped).
   */
  public DocumentHtml table(List<String> headers, List<List<String>> rows) {
    body.append("<table><tr>");
    for (String h : headers) {
      boolean n = h.startsWith("#");
      body.append(n ? "<th class=\"n\">" : "<th>")
          .append(esc(n ? h.substring(1) : h))
          .append("</th>");
    }
    body.append("</tr>");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        body.append(headers.get(i).startsWith("#") ? "<td class=\"n\">" : "<td>")
            .append(esc(row.get(i)))
            .append("</td>");
      }
      body.append("</tr>");
    }
    body.append("</table>");
    return this;
  }

  /** Right-aligned totals; the last pair is printed bold as the grand total. */
  public DocumentHtml totals(List<String[]> pairs) {
    body.append("<table class=\"totals\">");
    for (int i = 0; i < pairs.size(); i++) {
      body.append(i == pairs.size() - 1 ? "<tr class=\"grand\">" : "<tr>")
          .append("<td>")
          .append(esc(pairs.get(i)[0]))
          .append("</td><td class=\"n\">")
          .append(esc(pairs.get(i)[1]))
          .append("</td></tr>");
    }
    body.append("</table>");
    return this;
  }

  public DocumentHtml note(String text) {
    body.append("<p class=\"note\">").append(esc(text)).append("</p>");
    return this;
  }

  public String xhtml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + "<meta charset=\"UTF-8\"/><title>"
        + esc(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body>"
        + body
        + "</body></html>";
  }

  /**
   * A balance or total as people read it in documents ({@link AmountFormat}): the currency's minor
   * units, grouped, in the document locale (the account's if stored, else English), without the
   * code (columns and totals name the currency), e.g. {@code 1,234.50}.
   */
  public static String amount(BigDecimal v, CurrencyCode currency) {
    return AmountFormat.number(v, currency, AmountFormat.DEFAULT_LOCALE);
  }

  /** A balance or total with its code, e.g. {@code 1,234.50 USD}. */
  public static String money(Money m) {
    return AmountFormat.of(m, AmountFormat.DEFAULT_LOCALE);
  }

  /** A per-call amount or rate with its full precision (up to six decimals). */
  public static String precise(BigDecimal v) {
    return AmountFormat.precise(v, AmountFormat.DEFAULT_LOCALE);
  }

  /** How documents name the zone of their dates. */
  public static String zoneNote(java.time.ZoneId zone) {
    return zone == null || zone.normalized().equals(java.time.ZoneOffset.UTC)
        ? "UTC"
        : zone.getId();
  }

  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }
}
