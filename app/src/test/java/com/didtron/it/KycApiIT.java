package com.didtron.it;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The KYC case over the API: start, staff approve or reject, and who may see it. */
class KycApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;
  @Autowired AccountService accounts;

  private Account withEmail(String name) {
    var change =
        accounts.create(
            admin(),
            new AccountDraft(
                Fixtures.unique(name),
                AccountKind.CUSTOMER,
                "USD",
                BillingMode.PREPAID,
                BigDecimal.ZERO,
                AccountStatus.ACTIVE,
                "kyc-" + java.util.UUID.randomUUID() + "@example.test"));
    return ((AccountChange.Saved) change).account();
  }

  HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  private String state(String key, Account account) throws Exception {
    return call("GET", "/api/accounts/" + account.id() + "/kyc", key, null).body();
  }

  private void awaitState(String key, Account account, String state) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(state(key, account)).contains("\"state\":\"" + state + "\""));
  }

  @Test
  void aCustomerStartsStaffApproveAnotherAccountsCustomerIsRefused() throws Exception {
    Account own = withEmail("KycOwn");
    Account other = fixtures.account(admin(), Fixtures.unique("KycOther"));
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(fixtures.portalUser(admin(), other, Role.CUSTOMER)), "s").secret();
    String staff = keys.create(admin(), "staff").secret();

    assertThat(state(customer, own)).contains("\"state\":\"NOT_STARTED\"");
    assertThat(call("GET", "/api/accounts/" + own.id() + "/kyc", stranger, null).statusCode())
        .isEqualTo(403);

    assertThat(
            call(
                    "POST",
                    "/api/accounts/" + own.id() + "/kyc/start",
                    customer,
                    "{\"country\":\"US\"}")
                .statusCode())
        .isEqualTo(202);
    // Stripe Identity is configured (WireMock): staff may decide at any step
    awaitState(staff, own, "IDENTITY_PENDING");
    assertThat(
            call("POST", "/api/accounts/" + own.id() + "/kyc/approve", customer, null).statusCode())
        .isEqualTo(403);
    assertThat(
            call("POST", "/api/accounts/" + own.id() + "/kyc/approve", stranger, null).statusCode())
        .isEqualTo(403);

    assertThat(call("POST", "/api/accounts/" + own.id() + "/kyc/approve", staff, null).statusCode())
        .isEqualTo(202);
    awaitState(customer, own, "VERIFIED");
    assertThat(
            db.fetchExists(
                db.selectFrom(EMAIL_OUTBOX)
                    .where(EMAIL_OUTBOX.DEDUP_KEY.eq("kyc-verified:" + own.id().value()))))
        .isTrue();
    assertThat(
            call(
                    "POST",
                    "/api/accounts/" + own.id() + "/kyc/reject",
                    staff,
                    "{\"reason\":\"late\"}")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void staffRejectWithAReasonThatIsEmailedAndNeedAReason() throws Exception {
    Account own = withEmail("KycRej");
    String staff = keys.create(admin(), "staff").secret();
    assertThat(call("POST", "/api/accounts/" + own.id() + "/kyc/start", staff, null).statusCode())
        .isEqualTo(202);
    awaitState(staff, own, "IDENTITY_PENDING");

    assertThat(call("POST", "/api/accounts/" + own.id() + "/kyc/reject", staff, "{}").statusCode())
        .isEqualTo(400);
    assertThat(
            call(
                    "POST",
                    "/api/accounts/" + own.id() + "/kyc/reject",
                    staff,
                    "{\"reason\":\"The document is unreadable\"}")
                .statusCode())
        .isEqualTo(202);
    awaitState(staff, own, "REJECTED");
    assertThat(state(staff, own)).contains("The document is unreadable");
    assertThat(
            db.select(EMAIL_OUTBOX.TEXT_BODY)
                .from(EMAIL_OUTBOX)
                .where(EMAIL_OUTBOX.DEDUP_KEY.eq("kyc-rejected:" + own.id().value()))
                .fetchOne(EMAIL_OUTBOX.TEXT_BODY))
        .contains("The document is unreadable");
  }

  @Test
  void aDocumentUploadIsKeptForItsAccountOnlyAndAWrongTypeIsRefusedWithTheReason()
      throws Exception {
    Account own = withEmail("KycDoc");
    Account other = withEmail("KycDocOther");
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(fixtures.portalUser(admin(), other, Role.CUSTOMER)), "s").secret();
    ApiClient api = new ApiClient(port);
    String path =
        "/api/accounts/" + own.id() + "/kyc/documents?kind=PROOF_OF_ADDRESS&issued=2026-11-20";

    HttpResponse<String> csv = api.text("POST", path, customer, "application/pdf", "a,b\n1,2\n");
    assertThat(csv.statusCode()).isEqualTo(400);
    assertThat(csv.body()).contains("a kyc document must be one of PDF, PNG, JPEG");

    HttpResponse<String> pdf =
        api.text(
            "POST", path, customer, "application/pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    assertThat(pdf.statusCode()).isEqualTo(201);
    assertThat(pdf.body()).contains("\"kind\":\"PROOF_OF_ADDRESS\"").contains("2026-11-20");
    assertThat(state(customer, own))
        .contains("PROOF_OF_ADDRESS")
        .contains("\"reviewState\":\"PENDING\"");
    String fileId = pdf.body().replaceAll(".*\"storedFileId\":\"([^\"]+)\".*", "$1");
    assertThat(call("GET", "/api/files/" + fileId, customer, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/api/files/" + fileId, stranger, null).statusCode()).isIn(403, 404);
    assertThat(
            call(
                    "POST",
                    "/api/accounts/" + own.id() + "/kyc/documents?kind=IDENTITY",
                    stranger,
                    null)
                .statusCode())
        .isIn(403, 404, 415);
  }
}
