package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.UserFixtures;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.domain.user.UserId;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/users}: super admins manage the users of their tenant; nobody else gets through. */
class UsersApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired UserFixtures people;
  @Autowired UserLogins signIns;

  private HttpResponse<String> call(String method, String path, String key, String json)
      throws Exception {
    return new ApiClient(port).json(method, path, key, json);
  }

  private static String idOf(HttpResponse<String> r) {
    return r.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void aSuperAdminCreatesAUserWithAOneTimePasswordThenListsDisablesAndEnablesIt() throws Exception {
    String key = keys.create(admin(), "users").secret();
    String email = Fixtures.unique("api-user") + "@example.test";
    HttpResponse<String> created =
        call(
            "POST",
            "/api/users",
            key,
            """
        {"email":"%s","displayName":"Api User","roles":["FINANCE"]}"""
                .formatted(email));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/api/users/"));
    assertThat(created.body())
        .contains("\"oneTimePassword\":\"")
        .contains("\"roles\":[\"FINANCE\"]")
        .doesNotContain("passwordHash");
    String id = idOf(created);
    assertThat(signIns.state(new UserId(UUID.fromString(id))).orElseThrow().mustChangePassword())
        .isTrue();

    assertThat(call("GET", "/api/users?q=" + email, key, null).body())
        .contains("\"total\":1")
        .contains(email);
    assertThat(call("POST", "/api/users/" + id + "/disable", key, null).body())
        .contains("\"enabled\":false");
    assertThat(call("POST", "/api/users/" + id + "/enable", key, null).body())
        .contains("\"enabled\":true");
  }

  @Test
  void invalidUsersAreRefusedWith422AndTheFieldsAtFault() throws Exception {
    String key = keys.create(admin(), "users").secret();
    HttpResponse<String> unknownRole =
        call(
            "POST",
            "/api/users",
            key,
            """
        {"email":"x@example.test","roles":["EMPEROR"]}""");
    assertThat(unknownRole.statusCode()).isEqualTo(422);
    assertThat(unknownRole.body()).contains("\"field\":\"roles\"").contains("EMPEROR");
    HttpResponse<String> customerWithoutAccount =
        call(
            "POST",
            "/api/users",
            key,
            """
        {"email":"%s","roles":["CUSTOMER"]}"""
                .formatted(Fixtures.unique("c") + "@example.test"));
    assertThat(customerWithoutAccount.statusCode()).isEqualTo(422);
    assertThat(customerWithoutAccount.body()).contains("\"field\":\"accountId\"");
  }

  @Test
  void financeAndCustomerKeysAreRefused403OnEveryUsersEndpoint() throws Exception {
    Account own = fixtures.account(admin(), Fixtures.unique("UsersApiCo"));
    String finance =
        keys.create(actorOf(people.staff(admin(), Role.FINANCE).email()), "f").secret();
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER)), "c").secret();
    UserFixtures.SignIn target = people.staff(admin(), Role.ANALYST);
    for (String key : new String[] {finance, customer}) {
      assertThat(call("GET", "/api/users", key, null).statusCode()).isEqualTo(403);
      assertThat(
              call(
                      "POST",
                      "/api/users",
                      key,
                      """
          {"email":"%s","roles":["SUPER_ADMIN"]}"""
                          .formatted(Fixtures.unique("x") + "@example.test"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(call("POST", "/api/users/" + target.id() + "/disable", key, null).statusCode())
          .isEqualTo(403);
      assertThat(
              call("POST", "/api/users/" + target.id() + "/password-reset", key, null).statusCode())
          .isEqualTo(403);
    }
    assertThat(signIns.state(target.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void aSuperAdminOfAnotherTenantCannotTouchThisTenantsUsers() throws Exception {
    Actor other =
        actorOf(
            people
                .staff(
                    Actor.system("test", fixtures.tenant(Fixtures.unique("other").toLowerCase())),
                    Role.SUPER_ADMIN)
                .email());
    UserFixtures.SignIn target = people.staff(admin(), Role.ANALYST);
    String key = keys.create(other, "other").secret();
    HttpResponse<String> r = call("POST", "/api/users/" + target.id() + "/disable", key, null);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("No such user");
    assertThat(call("GET", "/api/users", key, null).body()).doesNotContain(target.email());
  }
}
