package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.netting.NettingService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Invoice runs, invoices and netting requests over the REST API, with roles and tenants checked.
 */
class SettlementApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired SettlementFixtures settle;
  @Autowired TestClock clock;
  @Autowired NettingService netting;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private HttpResponse<byte[]> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port)
        .send(
            method,
            path,
            key,
            json == null ? null : "application/json",
            json,
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void financeStartsARunFollowsItAndDownloadsTheInvoice() throws Exception {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    clock.set("2023-11-07T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "12.5", 10, 600);
    clock.reset();
    String key =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();

    var started =
        call(
            "POST",
            "/api/invoice-runs",
            key,
            "{\"accountId\":\"" + a.id() + "\",\"period\":\"2023-11\"}");
    assertThat(started.statusCode()).as(text(started)).isEqualTo(202);
    String workflowId = "invoice-" + a.id() + "-2023-11";
    assertThat(text(started)).contains("\"workflowId\":\"" + workflowId + "\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                text(call("GET", "/api/invoice-runs/" + workflowId, key, null))
                    .contains("\"status\":\"COMPLETED\""));

    String list = text(call("GET", "/api/invoices?accountId=" + a.id(), key, null));
    assertThat(list).contains("\"total\":1").contains("\"period\":\"2023-11\"");
    String id = list.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    assertThat(text(call("GET", "/api/invoices/" + id, key, null)))
        .contains("\"lines\":[")
        .contains("\"kind\":\"USAGE\"");
    var pdf = call("GET", "/api/invoices/" + id + "/pdf", key, null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
    assertThat(
            call(
                    "POST",
                    "/api/invoice-runs",
                    key,
                    "{\"accountId\":\"" + a.id() + "\",\"period\":\"November\"}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aCustomerKeySeesOnlyItsOwnInvoicesAndMayNotStartRunsOrDecideNetting() throws Exception {
    Account own = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "100", null);
    String key =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "mine").secret();
    assertThat(text(call("GET", "/api/invoices", key, null))).contains("\"total\":0");
    assertThat(
            call(
                    "POST",
                    "/api/invoice-runs",
                    key,
                    "{\"accountId\":\"" + own.id() + "\",\"period\":\"2023-11\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/invoices/" + UUID.randomUUID(), key, null).statusCode())
        .isEqualTo(403);
    assertThat(
            call("POST", "/api/netting-requests/" + UUID.randomUUID() + "/approve", key, "{}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void financeListsAndApprovesNettingRequests() throws Exception {
    Account both = money.account(AccountKind.BOTH, BillingMode.POSTPAID, "USD", "1000", null);
    settle.usage(both, Leg.CUSTOMER, "400", 1, 60);
    settle.usage(both, Leg.CARRIER, "250", 1, 60);
    netting.proposeAll("netting-api-" + UUID.randomUUID());
    var proposal =
        netting.find(admin(), "PROPOSED", new PageRequest(0, 500)).rows().stream()
            .filter(r -> r.accountId().equals(both.id()))
            .findFirst()
            .orElseThrow();
    String key =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();
    assertThat(text(call("GET", "/api/netting-requests?status=PROPOSED", key, null)))
        .contains(proposal.id().toString());
    var approved = call("POST", "/api/netting-requests/" + proposal.id() + "/approve", key, "{}");
    assertThat(approved.statusCode()).as(text(approved)).isEqualTo(200);
    assertThat(text(approved)).contains("\"status\":\"APPROVED\"").contains("\"offset\":250");
    assertThat(
            call(
                    "POST",
                    "/api/netting-requests/" + proposal.id() + "/reject",
                    key,
                    "{\"note\":\"late\"}")
                .statusCode())
        .isEqualTo(409);
  }
}
