package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.activities.invoicing.InvoiceService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.invoicing.InvoiceLine;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call belongs to the billing period containing its start time in the account's billing time
 * zone, however late its CDR arrives: one CDR pull across a month boundary is split between the two
 * invoices, and a CDR of a month already invoiced lands on the next invoice as late usage. The sell
 * rate is 0.12 a minute, per minute (60/60): 30 s bill 0.12, 61 s bill 0.24. Tax 20 %.
 */
class BillingPeriodBoundaryIT extends PlatformIT {
  private static final String SELL = "44,UK,0.1200,0,60,60,2020-01-01,\n";
  private static final String BUY = "44,UK,0.0500,0,60,60,2020-01-01,\n";

  @Autowired RatingFixtures rating;
  @Autowired SettlementFixtures settle;
  @Autowired CdrIngestService ingest;
  @Autowired InvoiceService invoices;
  @Autowired BillingSettingsService billing;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private void pull(RatingFixtures.Pair p, String... cdrs) {
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (String cdr : cdrs) {
      String[] f = cdr.split(" "); // call_id start_time duration
      csv.append(f[0])
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,447700900001,")
          .append(f[1])
          .append(',')
          .append(f[2])
          .append('\n');
    }
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "pull.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private List<InvoiceLine> lines(Invoice i) {
    return invoices.lines(admin(), i.id());
  }

  @Test
  void aLatePullAcrossTheMonthBoundaryBillsEachCallInTheMonthItStartedAndLateCallsAsLateUsage()
      throws Exception {
    RatingFixtures.Pair p = rating.pair(admin(), SELL, BUY);
    settle.billing(p.customer(), BillingCycle.MONTHLY, "20");
    clock.set("2023-10-15T12:00:00Z");
    pull(p, "a1 2023-10-15T10:00:00Z 61"); // October 0.24
    clock.set("2023-11-01T03:00:00Z"); // one pull within October's close delay
    pull(
        p,
        "b1 2023-10-31T23:50:00Z 30", // October 0.12
        "b2 2023-11-01T00:10:00Z 61", // November 0.24
        "b3 2023-11-01T02:00:00Z 30"); // November 0.12

    clock.set("2023-11-01T07:00:00Z"); // October has closed
    Invoice october = settle.invoice(p.customer(), "2023-10");
    assertThat(lines(october))
        .extracting(
            InvoiceLine::kind,
            InvoiceLine::description,
            InvoiceLine::calls,
            InvoiceLine::billableSeconds,
            l -> l.amount().stripTrailingZeros().toPlainString())
        .containsExactly(tuple("USAGE", "Calls 2023-10", 2L, 180L, "0.36"));
    assertThat(october.subtotal().amount())
        .isEqualByComparingTo("0.36"); // not 0.72: November's calls stay out
    assertThat(october.tax().amount()).isEqualByComparingTo("0.07"); // 20 % of 0.36 = 0.072
    assertThat(october.total().amount()).isEqualByComparingTo("0.43");

    clock.set("2023-11-10T12:00:00Z"); // an October CDR found after invoicing
    pull(
        p,
        "c1 2023-10-20T10:00:00Z 61", // late October 0.24
        "d1 2023-11-10T10:00:00Z 30"); // November 0.12
    clock.set("2023-12-01T07:00:00Z");
    Invoice november = settle.invoice(p.customer(), "2023-11");
    assertThat(lines(november))
        .extracting(
            InvoiceLine::kind,
            InvoiceLine::description,
            InvoiceLine::calls,
            InvoiceLine::billableSeconds,
            l -> l.amount().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple("USAGE", "Calls 2023-11", 3L, 240L, "0.48"),
            tuple("LATE_USAGE", "Late usage 2023-10", 1L, 120L, "0.24"));
    assertThat(november.subtotal().amount()).isEqualByComparingTo("0.72"); // 0.48 + 0.24
    assertThat(november.tax().amount()).isEqualByComparingTo("0.14"); // 20 % of 0.72 = 0.144
    assertThat(november.total().amount()).isEqualByComparingTo("0.86");

    var customer =
        ledger
            .chart()
            .findParty(p.customer().tenantId(), LedgerPurpose.CUSTOMER_BALANCE, p.customer().id());
    assertThat(ledger.balance(customer.orElseThrow().id(), p.customer().currency()).amount())
        .as("every call billed once: usage 1.08 plus tax 0.21")
        .isEqualByComparingTo(october.total().amount().add(november.total().amount()));
    assertThat(PdfText.of(invoices.pdf(admin(), november.id()))).contains("Late usage 2023-10");
  }

  @Test
  void theMonthOfACallIsTheMonthOfItsStartInTheAccountsBillingTimeZone() {
    RatingFixtures.Pair p = rating.pair(admin(), SELL, BUY);
    Account c = p.customer();
    billing.update(
        admin(),
        c.id(),
        new BillingTerms(BillingCycle.MONTHLY, ZoneId.of("America/New_York"), BigDecimal.ZERO, 15));
    clock.set("2023-11-01T09:00:00Z"); // New York's October closed at 10:00 UTC
    pull(
        p,
        "n1 2023-11-01T03:30:00Z 30", // 23:30 EDT on 31 October: October
        "n2 2023-11-01T04:30:00Z 61"); // 00:30 EDT on 1 November: November
    clock.set("2023-11-01T11:00:00Z");
    Invoice october = settle.invoice(c, "2023-10");
    assertThat(october.subtotal().amount()).isEqualByComparingTo("0.12");
    assertThat(october.closedAt()).isEqualTo(Instant.parse("2023-11-01T10:00:00Z"));
    clock.set("2023-12-01T12:00:00Z");
    assertThat(settle.invoice(c, "2023-11").subtotal().amount()).isEqualByComparingTo("0.24");
  }
}
