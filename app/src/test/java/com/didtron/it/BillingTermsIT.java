package com.didtron.it;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Billing terms per account: set by super admins and finance (service and API), refused to others.
 */
class BillingTermsIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired BillingSettingsService billing;
  @Autowired DSLContext db;

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  @Test
  void financeSetsCycleTimeZoneTaxAndPaymentTermsOverTheApiAndTheChangeIsAudited()
      throws Exception {
    Account a = fixtures.account(admin(), Fixtures.unique("Terms"));
    String finance =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();

    var put =
        call(
            "PUT",
            "/api/accounts/" + a.id() + "/billing-terms",
            finance,
            "{\"timeZone\":\"Europe/Berlin\",\"taxRate\":19,\"paymentTerms\":\"15/7\"}");

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.body())
        .contains("\"billingCycle\":\"SEMI_MONTHLY\"")
        .contains("\"timeZone\":\"Europe/Berlin\"")
        .contains("\"dueDays\":7")
        .contains("\"paymentTerms\":\"15/7\"");
    BillingTerms stored = billing.of(admin(), a.id());
    assertThat(stored.cycle()).isEqualTo(BillingCycle.SEMI_MONTHLY);
    assertThat(stored.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(stored.taxRate()).isEqualByComparingTo("19");
    assertThat(stored.dueDays()).isEqualTo(7);
    assertThat(call("GET", "/api/accounts/" + a.id() + "/billing-terms", finance, null).body())
        .contains("\"paymentTerms\":\"15/7\"")
        .contains("\"blockedFor\":[]");
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("account")
                    .and(AUDIT_LOG.ENTITY_ID.eq(a.id().toString()))
                    .and(AUDIT_LOG.AFTER.cast(String.class).contains("Europe/Berlin"))))
        .isEqualTo(1);
  }

  @Test
  void badTermsAreRefusedWithAClearMessageAndNothingChanges() throws Exception {
    Account a = fixtures.account(admin(), Fixtures.unique("Terms"));
    String finance =
        keys.create(actorOf(fixtures.staffUser(admin(), Role.FINANCE)), "finance").secret();
    String path = "/api/accounts/" + a.id() + "/billing-terms";

    var zone = call("PUT", path, finance, "{\"timeZone\":\"Mars/Olympus\",\"taxRate\":5}");
    var terms = call("PUT", path, finance, "{\"paymentTerms\":\"10/5\"}");
    var tax = call("PUT", path, finance, "{\"taxRate\":150}");

    assertThat(zone.statusCode()).isEqualTo(400);
    assertThat(zone.body()).contains("Unknown time zone: Mars/Olympus").doesNotContain("Exception");
    assertThat(terms.body()).contains("A billing cycle is 1, 7, 15 or 30 days, not 10");
    assertThat(tax.statusCode()).isEqualTo(400);
    assertThat(billing.of(admin(), a.id())).isEqualTo(BillingTerms.DEFAULT);
  }

  @Test
  void aCustomerReadsItsTermsButCannotChangeThemNorSeeAnotherAccounts() throws Exception {
    Account own = fixtures.account(admin(), Fixtures.unique("Own"));
    Account other = fixtures.account(admin(), Fixtures.unique("Other"));
    String email = fixtures.portalUser(admin(), own, Role.CUSTOMER);
    String customer = keys.create(actorOf(email), "customer").secret();

    assertThat(
            call("GET", "/api/accounts/" + own.id() + "/billing-terms", customer, null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            call(
                    "PUT",
                    "/api/accounts/" + own.id() + "/billing-terms",
                    customer,
                    "{\"taxRate\":0,\"dueDays\":90}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            call("GET", "/api/accounts/" + other.id() + "/billing-terms", customer, null)
                .statusCode())
        .isIn(403, 404);
    assertThatThrownBy(
            () ->
                billing.update(
                    actorOf(email),
                    own.id(),
                    new BillingTerms(BillingCycle.DAILY, ZoneId.of("UTC"), BigDecimal.ZERO, 0)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () ->
                billing.update(
                    actorOf(fixtures.staffUser(admin(), Role.ANALYST)),
                    own.id(),
                    BillingTerms.DEFAULT))
        .isInstanceOf(AccessDenied.class);
    assertThat(billing.of(admin(), own.id())).isEqualTo(BillingTerms.DEFAULT);
  }
}
