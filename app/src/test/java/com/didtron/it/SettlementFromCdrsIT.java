package com.didtron.it;

import static com.didtron.activities.db.Tables.INVOICE_USAGE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrWorkflows;
import com.didtron.activities.cdr.IngestReport;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.reconciliation.ReconciliationService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.reconciliation.Difference;
import com.didtron.domain.reconciliation.Reconciliation;
import com.didtron.rating.deck.ImportMode;
import com.didtron.testsupport.TestClock;
import com.didtron.workflows.cdr.RerateReport;
import com.didtron.workflows.cdr.RerateRequest;
import io.temporal.client.WorkflowClient;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settlement over the rated CDR table: invoices bill usage per destination of the customer's deck,
 * and supplier reconciliation compares a carrier's file with our rated CDRs per destination and per
 * call. (The periods used here, 2022, belong to this class alone: re-rating works on a whole
 * period.)
 */
class SettlementFromCdrsIT extends PlatformIT {
  @Autowired RatingFixtures rating;
  @Autowired SettlementFixtures settle;
  @Autowired CdrIngestService ingest;
  @Autowired CdrWorkflows cdrWorkflows;
  @Autowired WorkflowClient temporal;
  @Autowired InvoiceService invoices;
  @Autowired ReconciliationService reconciliations;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;
  @Autowired DSLContext db;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private IngestReport ingest(RatingFixtures.Pair p, String... cdrs) {
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (String cdr : cdrs) {
      String[] f = cdr.split(" "); // call_id callee start_time duration
      csv.append(f[0])
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,")
          .append(f[1])
          .append(',')
          .append(f[2])
          .append(',')
          .append(f[3])
          .append('\n');
    }
    return ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private RerateReport rerate(String from, String to) {
    var run =
        cdrWorkflows.rerate(
            admin(), Instant.parse(from), Instant.parse(to), RerateRequest.Scope.ALL);
    return temporal.newUntypedWorkflowStub(run.workflowId()).getResult(RerateReport.class);
  }

  @Test
  void anInvoiceAfterACdrUploadHasOneLinePerDestinationThatAddsUpToTheUsageEntriesItBills()
      throws Exception {
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "44,UK Fixed,0.0200,0,60,6,2022-01-01,\n447,UK Mobile,0.1000,0,60,6,2022-01-01,\n",
            "44,UK,0.0100,0,60,6,2022-01-01,\n");
    clock.set("2022-08-05T12:00:00Z");
    ingest(
        p,
        "m1 447700900001 2022-08-05T10:00:00Z 61", // UK Mobile 66 s = 0.11
        "f1 442071234567 2022-08-05T10:05:00Z 61"); // UK Fixed 66 s = 0.022
    clock.set("2022-08-20T12:00:00Z");
    assertThat(
            ingest(
                    p,
                    "m2 447700900002 2022-08-20T10:00:00Z 30", // UK Mobile 60 s = 0.10
                    "x1 33123456789 2022-08-20T10:01:00Z 30")
                .unrated())
        .isEqualTo(1); // no sell rate: not billed
    clock.set("2022-08-25T12:00:00Z"); // a deck fix, re-rated within the month
    rating.activate(
        admin(),
        p.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER + "447,UK Mobile,0.1200,0,60,6,2022-01-01,\n");
    assertThat(rerate("2022-08-01T00:00:00Z", "2022-09-01T00:00:00Z").repriced()).isEqualTo(2);

    Invoice invoice = settle.invoice(p.customer(), "2022-08");

    assertThat(invoices.lines(admin(), invoice.id()))
        .extracting(
            InvoiceLine::kind,
            InvoiceLine::destination,
            InvoiceLine::calls,
            InvoiceLine::billableSeconds,
            l -> l.amount().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple("USAGE", "UK Fixed", 1L, 66L, "0.022"),
            tuple("USAGE", "UK Mobile", 2L, 126L, "0.252")); // 66 s and 60 s at 0.12
    assertThat(invoice.subtotal().amount()).isEqualByComparingTo("0.274");
    assertThat(db.fetchCount(INVOICE_USAGE_ENTRY, INVOICE_USAGE_ENTRY.INVOICE_ID.eq(invoice.id())))
        .as("two uploads and the re-rating difference")
        .isEqualTo(3);
    var customer =
        ledger
            .chart()
            .findParty(p.customer().tenantId(), LedgerPurpose.CUSTOMER_BALANCE, p.customer().id());
    assertThat(ledger.balance(customer.orElseThrow().id(), p.customer().currency()).amount())
        .isEqualByComparingTo(invoice.subtotal().amount());
    assertThat(PdfText.of(invoices.pdf(admin(), invoice.id())))
        .contains("UK Fixed")
        .contains("UK Mobile");
  }

  @Test
  void supplierReconciliationComparesTheCarriersFileWithOurRatedCdrsPerDestinationAndPerCall() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "44,UK,0.0500,0,60,6,2022-01-01,\n",
            "44,UK Fixed,0.0100,0,60,6,2022-01-01,\n447,UK Mobile,0.0500,0,1,1,2022-01-01,\n");
    clock.set("2022-10-02T12:00:00Z");
    ingest(
        p,
        "c1 447700900001 2022-10-02T09:00:00Z 90", // UK Mobile 90 s = 0.075
        "c2 442071234567 2022-10-02T09:10:00Z 61", // UK Fixed 66 s = 0.011
        "c3 447700900003 2022-10-02T09:20:00Z 30"); // UK Mobile 30 s = 0.025
    clock.reset();

    Reconciliation r =
        reconciliations.importFile(
            admin(),
            p.carrier().id(),
            "october.csv",
            """
        date,call_id,destination,seconds,amount
        2022-10-02,c1,UK Mobile,90,0.075
        2022-10-02,c2,UK Fixed,66,0.011
        2022-10-02,c3,UK Mobile,60,0.050
        """);

    assertThat(r.ourAmount())
        .as("each call once, not again from the ledger")
        .isEqualByComparingTo("0.111");
    assertThat(r.ourMinutes()).isEqualByComparingTo(new BigDecimal("3.1"));
    assertThat(r.theirAmount()).isEqualByComparingTo("0.136");
    assertThat(r.differences())
        .extracting(
            Difference::level,
            Difference::destination,
            Difference::callId,
            d -> d.amountDifference().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple("DAY", null, null, "0.025"),
            tuple("DESTINATION", "UK Mobile", null, "0.025"),
            tuple("CALL", "UK Mobile", "c3", "0.025"));
  }
}
