package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.apikey.CreatedApiKey;
import com.didtron.activities.testing.Fixtures;
import com.didtron.app.cli.Didtron;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/** The REST API over real HTTP: API keys, JSON errors, roles and tenants, OpenAPI. */
class ApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;

  HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  private String adminKey() {
    return keys.create(admin(), "test").secret();
  }

  @Test
  void withoutAKeyTheApiAnswers401InJsonAndNeverRedirectsToTheLoginPage() throws Exception {
    HttpResponse<String> r = call("GET", "/api/accounts", null, null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(r.body()).contains("Bearer");
    assertThat(call("GET", "/api/accounts", "dtk_AAAAAAAA_wrong", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anAdminCreatesListsAndReadsAccountsWithoutSessionOrCsrf() throws Exception {
    String key = adminKey();
    String name = Fixtures.unique("ApiCo");
    HttpResponse<String> created =
        call(
            "POST",
            "/api/accounts",
            key,
            """
        {"name":"%s","kind":"CUSTOMER","currency":"EUR","billingMode":"PREPAID"}"""
                .formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body())
        .contains("\"name\":\"" + name + "\"")
        .contains("\"currency\":\"EUR\"");
    assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
    String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(call("GET", "/api/accounts/" + id, key, null).body()).contains(name);
    assertThat(call("GET", "/api/accounts?q=" + name, key, null).body()).contains("\"total\":1");
  }

  @Test
  void invalidInputIsRejectedWith422AndTheFieldsAtFault() throws Exception {
    HttpResponse<String> r =
        call(
            "POST",
            "/api/accounts",
            adminKey(),
            """
        {"name":"","currency":"DOLLARS"}""");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("\"field\":\"name\"").contains("\"field\":\"currency\"");
  }

  @Test
  void aCustomerKeySeesOnlyItsOwnAccountAndMayNotCreate() throws Exception {
    Account own = fixtures.account(admin(), Fixtures.unique("OwnApi"));
    Account other = fixtures.account(admin(), Fixtures.unique("OtherApi"));
    String email = fixtures.portalUser(admin(), own, Role.CUSTOMER);
    String key = keys.create(actorOf(email), "mine").secret();
    assertThat(call("GET", "/api/accounts", key, null).body())
        .contains(own.name())
        .doesNotContain(other.name());
    assertThat(call("GET", "/api/accounts/" + other.id(), key, null).statusCode()).isEqualTo(403);
    HttpResponse<String> create =
        call(
            "POST",
            "/api/accounts",
            key,
            """
        {"name":"x","kind":"CUSTOMER","currency":"USD","billingMode":"PREPAID"}""");
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("super admin");
  }

  @Test
  void aRevokedKeyNoLongerWorks() throws Exception {
    CreatedApiKey created = keys.create(admin(), "short-lived");
    assertThat(call("GET", "/api/accounts", created.secret(), null).statusCode()).isEqualTo(200);
    keys.revoke(admin(), created.key().id());
    assertThat(call("GET", "/api/accounts", created.secret(), null).statusCode()).isEqualTo(401);
  }

  @Test
  void theOpenApiDescriptionIsPublicAndListsTheEndpoints() throws Exception {
    HttpResponse<String> r = call("GET", "/v3/api-docs", null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"openapi\"")
        .contains("/api/accounts")
        .contains("/api/accounts/{id}")
        .contains("bearer");
  }

  @Test
  void theCommandLineCreatesAKeyThatWorks() throws Exception {
    CommandLine cli = Didtron.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit =
        cli.execute(
            "admin", "api-key", "create", "--user", ADMIN, "--data-dir", DATA_DIR.toString());
    assertThat(exit).as(err.toString()).isZero();
    String key = out.toString().strip();
    assertThat(key).startsWith("dtk_");
    assertThat(err.toString()).contains("not shown again");
    assertThat(call("GET", "/api/accounts", key, null).statusCode()).isEqualTo(200);
  }
}
