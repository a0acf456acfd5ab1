package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.user.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Money over the REST API: manual top-ups, balances, payments, the trial balance; roles enforced.
 */
class MoneyApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  @Test
  void financeTopsUpAnAccountAndReadsItsBalance() throws Exception {
    String key =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "50", null);
    HttpResponse<String> r =
        call(
            "POST",
            "/api/top-ups",
            key,
            """
        {"accountId":"%s","amount":"75.50","currency":"USD","reason":"wire 4711"}"""
                .formatted(c.id()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"status\":\"COMPLETED\"").contains("\"amount\":\"75.5\"");
    assertThat(call("GET", "/api/accounts/" + c.id() + "/balance", key, null).body())
        .contains("\"funds\":\"75.5\"")
        .contains("\"available\":\"125.5\"")
        .contains("\"canCall\":true");
    assertThat(call("GET", "/api/payments?accountId=" + c.id(), key, null).body())
        .contains("\"total\":1");
  }

  @Test
  void zeroNegativeAndUnknownCurrencyTopUpsAreRefusedWith422() throws Exception {
    String key = keys.create(admin(), "admin").secret();
    Account c = money.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    for (String bad :
        new String[] {
          "\"amount\":\"0\",\"currency\":\"USD\"",
          "\"amount\":\"-5\",\"currency\":\"USD\"",
          "\"amount\":\"5\",\"currency\":\"XYZ\""
        }) {
      HttpResponse<String> r =
          call(
              "POST",
              "/api/top-ups",
              key,
              "{\"accountId\":\"" + c.id() + "\"," + bad + ",\"reason\":\"test reason\"}");
      assertThat(r.statusCode()).as(bad).isEqualTo(422);
      assertThat(r.body()).containsAnyOf("greater than zero", "unknown currency XYZ");
    }
  }

  @Test
  void theTrialBalanceTotalsZeroPerCurrencyAndIsForFinanceOnly() throws Exception {
    money.topUp(fixtures.account(admin(), Fixtures.unique("Tb")), "12");
    HttpResponse<String> r =
        call("GET", "/api/ledger/trial-balance", keys.create(admin(), "tb").secret(), null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"balanced\":true")
        .contains("\"USD\":\"0\"")
        .contains("\"code\":\"1200\"");
    Account own = fixtures.account(admin(), Fixtures.unique("TbCustomer"));
    String customerKey =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    assertThat(call("GET", "/api/ledger/trial-balance", customerKey, null).statusCode())
        .isEqualTo(403);
    assertThat(
            call(
                    "POST",
                    "/api/top-ups",
                    customerKey,
                    """
        {"accountId":"%s","amount":"10","currency":"USD","reason":"free money"}"""
                        .formatted(own.id()))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            call("GET", "/api/accounts/" + own.id() + "/balance", customerKey, null).statusCode())
        .isEqualTo(200);
  }
}
