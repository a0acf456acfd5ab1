package com.didtron.activities.invoicing;

import static com.didtron.activities.document.DocumentHtml.amount;

import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.document.PdfRenderer;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The printed invoice: the tenant's brand, the customer, lines by destination, tax and total. */
@Component
class InvoiceDocument {
  private final PdfRenderer pdf;
  private final Tenants tenants;

  InvoiceDocument(PdfRenderer pdf, Tenants tenants) {
    this.pdf = pdf;
    this.tenants = tenants;
  }

  byte[] render(Invoice i, List<InvoiceLine> lines) {
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
                          + ")"
                    },
                    new String[] {"Currency", i.currency().code()},
                    new String[] {
                      "Billing", i.billingMode() == BillingMode.POSTPAID ? "Postpaid" : "Prepaid"
                    }))
            .table(
                List.of("Description", "Destination", "#Calls", "#Minutes", "#Amount"), rows(lines))
            .totals(
                List.of(
                    new String[] {"Subtotal", amount(i.subtotal().amount())},
                    new String[] {
                      "Tax " + i.taxRate().stripTrailingZeros().toPlainString() + " %",
                      amount(i.tax().amount())
                    },
                    new String[] {"Total " + i.currency().code(), amount(i.total().amount())}))
            .note(
                i.billingMode() == BillingMode.POSTPAID
                    ? "Amount due: "
                        + amount(i.total().amount())
                        + " "
                        + i.currency().code()
                        + " by "
                        + i.dueDate()
                        + "."
                    : "Settled from your prepaid balance: nothing to pay.")
            .note(
                "Calls are rated one by one and then summed; each call is billed in the period in which it"
                    + " started. Late usage: calls of an earlier period whose records arrived after that period was"
                    + " invoiced.");
    return pdf.render(doc.xhtml());
  }

  private static List<List<String>> rows(List<InvoiceLine> lines) {
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
              amount(l.amount())));
    }
    return rows;
  }

  String brand(TenantId tenant) {
    return tenants.find(tenant).map(Tenant::name).orElse(null);
  }
}
