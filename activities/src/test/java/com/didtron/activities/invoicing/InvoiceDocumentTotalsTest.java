package com.didtron.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingPeriod;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.invoicing.InvoiceStatus;
import com.didtron.domain.invoicing.InvoiceTotals;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The printed invoice adds up as printed: lines (+ rounding) = subtotal, subtotal + tax = total.
 */
class InvoiceDocumentTotalsTest {
  @Test
  void linesThatRoundAwayGetARoundingLineSoTheColumnAddsUpAsShown() {
    Map<String, String> t =
        totals("USD", "0", List.of("0.004", "0.004", "0.004")); // 0.00 × 3, subtotal 0.012
    assertThat(t).containsEntry("Rounding", "0.01").containsEntry("Subtotal", "0.01");
    Map<String, String> up = totals("USD", "0", List.of("10.005", "20.005"));
    assertThat(up).containsEntry("Rounding", "-0.01").containsEntry("Subtotal", "30.01");
  }

  @Test
  void noRoundingLineWhenTheShownLinesAlreadyAddUp() {
    Map<String, String> t = totals("USD", "20", List.of("9667.093881"));
    assertThat(t)
        .doesNotContainKey("Rounding")
        .containsEntry("Subtotal", "9,667.09")
        .containsEntry("Tax 20 %", "1,933.42")
        .containsEntry("Total USD", "11,600.51");
  }

  @Test
  void everyPrintedColumnAddsUpForAnyLinesTaxAndCurrency() {
    Random r = new Random(13);
    for (String currency : List.of("USD", "JPY", "KWD")) {
      for (int run = 0; run < 300; run++) {
        List<String> lines = new ArrayList<>();
        for (int n = 1 + r.nextInt(8); n > 0; n--) {
          lines.add(BigDecimal.valueOf(r.nextLong(0, 5_000_000_000L), 6).toPlainString());
        }
        String tax = List.of("0", "7.5", "19", "20", "21.25").get(r.nextInt(5));
        Map<String, String> t = totals(currency, tax, lines);
        BigDecimal shownLines =
            lines.stream()
                .map(l -> read(InvoiceDocumentTotalsTest.shown(l, currency)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rounding = t.containsKey("Rounding") ? read(t.get("Rounding")) : BigDecimal.ZERO;
        BigDecimal subtotal = read(t.get("Subtotal"));
        assertThat(shownLines.add(rounding))
            .as("%s %s", currency, lines)
            .isEqualByComparingTo(subtotal);
        BigDecimal taxShown =
            read(t.get("Tax " + new BigDecimal(tax).stripTrailingZeros().toPlainString() + " %"));
        assertThat(subtotal.add(taxShown))
            .as("%s %s at %s %%", currency, lines, tax)
            .isEqualByComparingTo(read(t.get("Total " + currency)));
      }
    }
  }

  private static String shown(String amount, String currency) {
    return com.didtron.activities.document.DocumentHtml.amount(
        new BigDecimal(amount), CurrencyCode.of(currency));
  }

  private static BigDecimal read(String printed) {
    return new BigDecimal(printed.replace(",", ""));
  }

  private static Map<String, String> totals(String currency, String taxRate, List<String> amounts) {
    CurrencyCode c = CurrencyCode.of(currency);
    List<InvoiceLine> lines = new ArrayList<>();
    for (String a : amounts) {
      lines.add(
          new InvoiceLine(
              lines.size() + 1,
              "USAGE",
              "Calls",
              "Dest " + lines.size(),
              1L,
              60L,
              new BigDecimal(a)));
    }
    InvoiceTotals t =
        InvoiceTotals.of(
            amounts.stream().map(BigDecimal::new).toList(), new BigDecimal(taxRate), c);
    Invoice i =
        new Invoice(
            UUID.randomUUID(),
            new TenantId(UUID.randomUUID()),
            new AccountId(UUID.randomUUID()),
            "Acme",
            "INV-1",
            BillingPeriod.containing(BillingCycle.MONTHLY, LocalDate.of(2025, 6, 1)),
            Instant.now(),
            BillingMode.POSTPAID,
            c,
            new Money(t.subtotal(), c),
            t.taxRate(),
            new Money(t.tax(), c),
            new Money(t.total(), c),
            Money.zero(c),
            Instant.now(),
            null,
            false,
            null,
            InvoiceStatus.values()[0],
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 7, 15),
            Money.zero(c));
    return InvoiceDocument.totals(i, lines).stream()
        .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
