package com.didtron.activities.netting;

import static com.didtron.activities.document.DocumentHtml.amount;

import com.didtron.activities.document.DocumentHtml;
import com.didtron.activities.document.PdfRenderer;
import com.didtron.activities.tenant.Tenants;
import com.didtron.domain.netting.NettingDecision;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.tenant.Tenant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/** The net settlement statement of an approved netting (GSC / ITU-T D.170 style). */
@Component
class NettingDocument {
  private final PdfRenderer pdf;
  private final Tenants tenants;

  NettingDocument(PdfRenderer pdf, Tenants tenants) {
    this.pdf = pdf;
    this.tenants = tenants;
  }

  /** {@code after}: the balances once the offset is posted. */
  byte[] render(NettingRequest n, NettingDecision.Outcome after) {
    String brand = tenants.find(n.tenantId()).map(Tenant::name).orElse(null);
    String cur = n.currency().code();
    DocumentHtml doc =
        new DocumentHtml(brand, "Netting statement " + n.number())
            .facts(
                List.of(
                    new String[] {"Company", n.accountName()},
                    new String[] {"Statement number", n.number()},
                    new String[] {
                      "Date (UTC)", LocalDate.ofInstant(n.decidedAt(), ZoneOffset.UTC).toString()
                    },
                    new String[] {"Currency", cur},
                    new String[] {"Approved by", n.decidedBy()}))
            .table(
                List.of("", "#You owe us (customer)", "#We owe you (carrier)"),
                List.of(
                    List.of(
                        "Balance before netting",
                        amount(n.customerOwes().amount(), n.currency()),
                        amount(n.weOwe().amount(), n.currency())),
                    List.of(
                        "Held out: open disputes", "", amount(n.disputed().amount(), n.currency())),
                    List.of(
                        "Offset",
                        "-" + amount(n.offset().amount(), n.currency()),
                        "-" + amount(n.offset().amount(), n.currency())),
                    List.of(
                        "Balance after netting",
                        amount(after.customerOwes(), n.currency()),
                        amount(after.weOwe(), n.currency()))))
            .totals(
                List.<String[]>of(
                    new String[] {"Netted " + cur, amount(n.offset().amount(), n.currency())}))
            .note(
                "Both balances were reduced by the lesser amount. Open disputes stay withheld until they are closed.");
    return pdf.render(doc.xhtml());
  }
}
