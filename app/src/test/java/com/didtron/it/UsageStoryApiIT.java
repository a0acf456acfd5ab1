package com.didtron.it;

import static com.didtron.activities.db.Tables.USAGE_BATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerVerifier;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ledger.JournalEntry;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The usage story end to end over the REST API with one Bearer key, as an operator's scripts would
 * drive it: accounts, a sell and a buy deck, a CDR file; the CDRs come back rated, the ledger holds
 * the usage entries exactly once (the same file again is reported as duplicates and posts nothing),
 * the customer's balance moved by its usage, the trial balance totals zero and the ledger verifies.
 */
class UsageStoryApiIT extends PlatformIT {
  private static final CurrencyCode USD = CurrencyCode.of("USD");

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Ledger ledger;
  @Autowired LedgerVerifier verifier;
  @Autowired JsonMapper json;
  @Autowired DSLContext db;

  private String key;

  private JsonNode call(int status, String method, String path, String type, String body)
      throws Exception {
    HttpResponse<String> r = new ApiClient(port).text(method, path, key, type, body);
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return json.readTree(r.body());
  }

  private String account(String name, String kind) throws Exception {
    return call(
            201,
            "POST",
            "/api/accounts",
            "application/json",
            """
        {"name":"%s","kind":"%s","currency":"USD","billingMode":"POSTPAID","creditLimit":100}"""
                .formatted(name, kind))
        .get("id")
        .asString();
  }

  private void deck(String ownerId, String side, String rows) throws Exception {
    String card =
        call(
                201,
                "POST",
                "/api/rate-cards",
                "application/json",
                "{\"ownerId\":\"" + ownerId + "\",\"side\":\"" + side + "\"}")
            .get("id")
            .asString();
    JsonNode imported =
        call(
            200,
            "POST",
            "/api/rate-cards/" + card + "/imports?mode=REPLACE&activate=true",
            "text/csv",
            RatingFixtures.HEADER + rows);
    assertThat(imported.toString()).contains("\"activated\":true");
  }

  private static String cost(JsonNode cdr, String field) {
    JsonNode v = cdr.path(field);
    return v.isMissingNode() || v.isNull()
        ? "-"
        : new BigDecimal(v.asString()).stripTrailingZeros().toPlainString();
  }

  private BigDecimal decimal(JsonNode node, String field) {
    return new BigDecimal(node.get(field).asString());
  }

  @Test
  void decksAndACdrFileSentOverTheApiAreRatedAndPostedToTheLedgerExactlyOnce() throws Exception {
    key = keys.create(admin(), "usage story").secret();
    String customerName = Fixtures.unique("StoryCustomer");
    String carrierName = Fixtures.unique("StoryCarrier");
    String customer = account(customerName, "CUSTOMER");
    String carrier = account(carrierName, "CARRIER");
    deck(
        customer,
        "SELL",
        "44,UK,0.0200,0,60,6,2026-01-01,\n447,UK Mobile,0.1000,0,60,6,2026-01-01,\n");
    deck(
        carrier,
        "BUY",
        "44,UK,0.0100,0,60,6,2026-01-01,\n447,UK Mobile,0.0500,0,1,1,2026-01-01,\n");
    assertThat(
            decimal(
                call(200, "GET", "/api/accounts/" + customer + "/balance", null, null), "funds"))
        .isZero();

    String source = Fixtures.unique("story-switch");
    String cdrs =
        RatingFixtures.CDR_HEADER
            + "s1,"
            + customerName
            + ","
            + carrierName
            + ",100,+447700900001,2026-10-05T10:00:00Z,61\n"
            + "s2,"
            + customerName
            + ","
            + carrierName
            + ",100,442071234567,2026-10-05T11:00:00Z,125\n"
            + "s3,"
            + customerName
            + ","
            + carrierName
            + ",100,33123456789,2026-10-05T12:00:00Z,30\n";
    JsonNode first =
        call(200, "POST", "/api/cdrs?source=" + source + "&fileName=story.csv", "text/csv", cdrs);

    assertThat(
            List.of(
                first.get("accepted").asLong(),
                first.get("rated").asLong(),
                first.get("unrated").asLong(),
                first.get("duplicates").asLong()))
        .containsExactly(3L, 2L, 1L, 0L);
    List<String> rated = new ArrayList<>();
    for (JsonNode cdr :
        call(200, "GET", "/api/cdrs?account=" + customer + "&limit=10", null, null)
            .get("page")
            .get("rows")) {
      rated.add(
          cdr.get("callId").asString()
              + " "
              + cdr.get("status").asString()
              + " "
              + cost(cdr, "customerCost")
              + " "
              + cost(cdr, "carrierCost"));
    }
    assertThat(rated)
        .containsExactlyInAnyOrder(
            "s1 RATED 0.11 0.050833", // UK Mobile: sell 66 s at 0.10, buy 61 s at 0.05 (1/1)
            "s2 RATED 0.042 0.021", // UK: 126 s at 0.02 and at 0.01
            "s3 UNRATED - -"); // no sell rate for 33

    AccountId customerId = new AccountId(UUID.fromString(customer));
    AccountId carrierId = new AccountId(UUID.fromString(carrier));
    List<JournalEntry> usage = usageEntries(source);
    assertThat(usage).hasSize(2); // one batch: customer usage and carrier cost
    assertThat(balance(LedgerPurpose.CUSTOMER_BALANCE, customerId))
        .isEqualTo(Money.of("0.152", "USD"));
    assertThat(balance(LedgerPurpose.CARRIER_PAYABLE, carrierId))
        .isEqualTo(Money.of("-0.071833", "USD"));
    JsonNode balance = call(200, "GET", "/api/accounts/" + customer + "/balance", null, null);
    assertThat(decimal(balance, "funds")).isEqualByComparingTo("-0.152");
    assertThat(decimal(balance, "available")).isEqualByComparingTo("99.848");

    JsonNode again =
        call(200, "POST", "/api/cdrs?source=" + source + "&fileName=story.csv", "text/csv", cdrs);
    assertThat(List.of(again.get("accepted").asLong(), again.get("duplicates").asLong()))
        .containsExactly(0L, 3L);
    assertThat(usageEntries(source))
        .extracting(JournalEntry::id)
        .containsExactlyElementsOf(usage.stream().map(JournalEntry::id).toList());
    assertThat(balance(LedgerPurpose.CUSTOMER_BALANCE, customerId))
        .isEqualTo(Money.of("0.152", "USD"));
    assertThat(
            decimal(
                call(200, "GET", "/api/accounts/" + customer + "/balance", null, null), "funds"))
        .isEqualByComparingTo("-0.152");

    JsonNode trial = call(200, "GET", "/api/ledger/trial-balance", null, null);
    assertThat(trial.get("balanced").asBoolean()).isTrue();
    assertThat(trial.get("totals").has("USD")).isTrue();
    trial
        .get("totals")
        .properties()
        .forEach(
            t ->
                assertThat(new BigDecimal(t.getValue().asString()))
                    .as("trial balance in " + t.getKey())
                    .isZero());
    assertThat(verifier.verify().violations()).isEmpty();
  }

  /**
   * The usage journal entries of every batch the ingests of {@code source} handed to the ledger.
   */
  private List<JournalEntry> usageEntries(String source) {
    List<JournalEntry> entries = new ArrayList<>();
    for (UUID batch :
        db.select(USAGE_BATCH.ID)
            .from(USAGE_BATCH)
            .where(USAGE_BATCH.SOURCE.eq(source))
            .fetch(USAGE_BATCH.ID)) {
      entries.addAll(
          ledger.entriesBySource(admin().tenantId(), SourceRef.of(SourceType.CDR_BATCH, batch)));
    }
    return entries;
  }

  private Money balance(LedgerPurpose purpose, AccountId party) {
    return ledger.balance(
        ledger.chart().findParty(admin().tenantId(), purpose, party).orElseThrow().id(), USD);
  }
}
