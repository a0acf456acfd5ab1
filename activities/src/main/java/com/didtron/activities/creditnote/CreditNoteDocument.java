package com.didtron.activities.creditnote;

import static com.didtron.activities.document.DocumentHtml.amount;

import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.document.PdfRenderer;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.tenant.Tenant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/** The printed credit note. */
@Component
class CreditNoteDocument {
  private final PdfRenderer pdf;
  private final Tenants tenants;

  CreditNoteDocument(PdfRenderer pdf, Tenants tenants) {
    this.pdf = pdf;
    this.tenants = tenants;
  }

  byte[] render(CreditNote n) {
    String brand = tenants.find(n.tenantId()).map(Tenant::name).orElse(null);
    DocumentHtml doc =
        new DocumentHtml(brand, "Credit note " + n.number())
            .facts(
                List.of(
                    new String[] {"Customer", n.accountName()},
                    new String[] {"Credit note number", n.number()},
                    new String[] {
                      "Date (UTC)", LocalDate.ofInstant(n.decidedAt(), ZoneOffset.UTC).toString()
                    },
                    new String[] {"Against invoice", n.invoiceNumber()},
                    new String[] {"Currency", n.currency().code()},
                    new String[] {"Approved by", n.decidedBy()}))
            .table(
                List.of("Description", "#Amount"),
                List.of(List.of(n.reason(), amount(n.net().amount(), n.currency()))))
            .totals(
                List.of(
                    new String[] {"Net", amount(n.net().amount(), n.currency())},
                    new String[] {"Tax", amount(n.tax().amount(), n.currency())},
                    new String[] {
                      "Total credited " + n.currency().code(),
                      amount(n.amount().amount(), n.currency())
                    }))
            .note("This amount is credited to your account balance.");
    return pdf.render(doc.xhtml());
  }
}
