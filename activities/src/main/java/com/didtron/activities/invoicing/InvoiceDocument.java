package com.didtron.activities.invoicing;

import static com.didtron.activities.document.DocumentHtml.amount;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.document.PdfRenderer;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.money.AmountFormat;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The printed invoice: the tenant's brand, the customer, lines by destination, tax and total. */
@Component
class InvoiceDocument {
  private final PdfRenderer pdf;
  private final Tenants tenants;
  private final Accounts accounts;

  InvoiceDocument(PdfRenderer pdf, Tenants tenants, Accounts accounts) {
    this.pdf = pdf;
    this.tenants = tenants;
    this.accounts = accounts;
  }

  byte[] render(Invoice i, List<InvoiceLine> lines) {
    CurrencyCode c = i.currency();
    ZoneId zone =
        accounts
            .billed(i.tenantId(), i.accountId())
            .map(b -> b.terms().zone())
            .orElse(ZoneOffset.UTC);
    DocumentHtml doc =
        new DocumentHtml(brand(i.tenantId()), "Invoice " + i.number())
            .facts(
                List.of(
                    new String[] {"Customer", i.accountName()},
                    new String[] {"Invoice number", i.number()},
                    new String[] {"Issued", i.issueDate().toString()},
                    new String[] {
                      "Due", i.billingMode() == BillingMode.POSTPAID ? i.dueDate().toString() : "-"
                    },
                    new String[] {
                      "Billing period",
                      i.period().start()
                          + " to "
                          + i.period().lastDay()
                          + " ("
                          + i.period().cycle().name().toLowerCase()
                          + ", dates in "
                          + DocumentHtml.zoneNote(zone)
                          + ")"
                    },
                    new String[] {"Currency", i.currency().code()},
                    new String[] {
                      "Billing", i.billingMode() == BillingMode.POSTPAID ? "Postpaid" : "Prepaid"
                    }))
            .table(
                List.of("Description", "Destination", "#Calls", "#Minutes", "#Amount " + c.code()),
                rows(lines, c))
            .totals(totals(i, lines))
            .note(
                i.billingMode() == BillingMode.POSTPAID
                    ? "Amount due: "
                        + DocumentHtml.money(i.total())
                        + " by "
                        + i.dueDate()
                        + " ("
                        + DocumentHtml.zoneNote(zone)
                        + ")."
                    : "Settled from your prepaid balance: nothing to pay.")
            .note(
                "Calls are rated one by one and then summed; each call is billed in the period in which it"
                    + " started. Late usage: calls of an earlier period whose records arrived after that period was"
                    + " invoiced. Amounts are shown rounded half up to the currency's minor unit; a rounding"
                    + " line makes the lines add up to the subtotal as shown.");
    return pdf.render(doc.xhtml());
  }

  /**
   * Subtotal, tax and total as shown; when the lines, each rounded to the minor unit, do not add up
   * to the rounded subtotal, a rounding line says by how much, so every column adds up as printed.
   */
  static List<String[]> totals(Invoice i, List<InvoiceLine> lines) {
    CurrencyCode c = i.currency();
    BigDecimal shownLines =
        lines.stream()
            .map(l -> AmountFormat.shown(l.amount(), c))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal rounding = AmountFormat.shown(i.subtotal().amount(), c).subtract(shownLines);
    List<String[]> totals = new ArrayList<>();
    if (rounding.signum() != 0) {
      totals.add(new String[] {"Rounding", amount(rounding, c)});
    }
    totals.add(new String[] {"Subtotal", amount(i.subtotal().amount(), c)});
    totals.add(
        new String[] {
          "Tax " + i.taxRate().stripTrailingZeros().toPlainString() + " %",
          amount(i.tax().amount(), c)
        });
    totals.add(new String[] {"Total " + c.code(), amount(i.total().amount(), c)});
    return totals;
  }

  private static List<List<String>> rows(List<InvoiceLine> lines, CurrencyCode c) {
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceLine l : lines) {
      rows.add(
          List.of(
              l.description(),
              l.destination() == null
                  ? (l.kind().endsWith("USAGE") ? "All destinations" : "")
                  : l.destination(),
              l.calls() == null ? "" : l.calls().toString(),
              l.billableSeconds() == null
                  ? ""
                  : BigDecimal.valueOf(l.billableSeconds())
                      .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                      .toPlainString(),
              amount(l.amount(), c)));
    }
    return rows;
  }

  String brand(TenantId tenant) {
    return tenants.find(tenant).map(Tenant::name).orElse(null);
  }
}
