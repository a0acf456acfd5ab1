package com.didtron.activities.switchsync.connexcs;

import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.BASE;
import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.bearer;
import static com.didtron.activities.switchsync.connexcs.ConnexCsStub.file;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchRejected;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.money.CurrencyCode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnexCsAuthTest {
  private final ConnexCsStub stub = new ConnexCsStub();
  private static final SwitchCarrier CARRIER =
      new SwitchCarrier("88", "Tier1 Carrier", AccountStatus.ACTIVE, CurrencyCode.of("USD"));

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void
      aRefreshTokenIsMintedWithTheCredentialsThenAnAccessTokenWithItAndTheCallCarriesTheAccessToken() {
    stub.stubTokens();
    stub.server.stubFor(
        put(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-2.json")))
            .willReturn(okJson(file("ok.json"))));
    HostedSwitch sw = stub.hostedSwitch();

    sw.pushCarrier(CARRIER);
    sw.pushCarrier(CARRIER);

    stub.server.verify(1, postRequestedFor(urlEqualTo(BASE + "auth/jwt/refresh")));
    stub.server.verify(1, getRequestedFor(urlEqualTo(BASE + "auth/jwt")));
    stub.server.verify(
        2,
        putRequestedFor(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-2.json"))));
  }

  @Test
  void anAccessTokenAboutToExpireIsReplacedBeforeTheNextCallWithoutANewRefreshToken() {
    stub.stubTokens();
    stub.server.stubFor(
        get(urlEqualTo(BASE + "auth/jwt"))
            .inScenario("expiry")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(file("auth-access-1.json")))
            .willSetStateTo("second"));
    stub.server.stubFor(
        get(urlEqualTo(BASE + "auth/jwt"))
            .inScenario("expiry")
            .whenScenarioStateIs("second")
            .willReturn(okJson(file("auth-access-2.json"))));
    stub.server.stubFor(put(urlEqualTo(BASE + "carrier/88")).willReturn(okJson(file("ok.json"))));
    HostedSwitch sw = stub.hostedSwitch();

    sw.pushCarrier(CARRIER);
    stub.clock.advance(Duration.ofMinutes(29).plusSeconds(30));
    sw.pushCarrier(CARRIER);

    stub.server.verify(1, postRequestedFor(urlEqualTo(BASE + "auth/jwt/refresh")));
    stub.server.verify(2, getRequestedFor(urlEqualTo(BASE + "auth/jwt")));
    stub.server.verify(
        1,
        putRequestedFor(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-1.json"))));
    stub.server.verify(
        1,
        putRequestedFor(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-2.json"))));
  }

  @Test
  void anAccessTokenTheSwitchRefusesIsReplacedOnceAndTheCallSentAgain() {
    stub.stubTokens();
    stub.server.stubFor(
        get(urlEqualTo(BASE + "auth/jwt"))
            .inScenario("revoked")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(file("auth-access-1.json")))
            .willSetStateTo("second"));
    stub.server.stubFor(
        get(urlEqualTo(BASE + "auth/jwt"))
            .inScenario("revoked")
            .whenScenarioStateIs("second")
            .willReturn(okJson(file("auth-access-2.json"))));
    stub.server.stubFor(
        put(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-1.json")))
            .willReturn(status(401)));
    stub.server.stubFor(
        put(urlEqualTo(BASE + "carrier/88"))
            .withHeader("Authorization", equalTo(bearer("auth-access-2.json")))
            .willReturn(okJson(file("ok.json"))));

    assertThat(stub.hostedSwitch().pushCarrier(CARRIER)).isEqualTo("88");

    stub.server.verify(2, getRequestedFor(urlEqualTo(BASE + "auth/jwt")));
    stub.server.verify(2, putRequestedFor(urlEqualTo(BASE + "carrier/88")));
  }

  @Test
  void aSecondRefusalAfterReauthenticationIsARejectionNotALoop() {
    stub.stubTokens();
    stub.server.stubFor(
        put(urlEqualTo(BASE + "carrier/88"))
            .willReturn(
                status(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Token revoked\"}")));

    assertThatThrownBy(() -> stub.hostedSwitch().pushCarrier(CARRIER))
        .isInstanceOfSatisfying(
            SwitchRejected.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.switchMessage()).isEqualTo("Token revoked");
            });
    stub.server.verify(2, putRequestedFor(urlEqualTo(BASE + "carrier/88")));
  }

  @Test
  void wrongCredentialsAreARejectionWithTheSwitchsMessageAndTheMessageCarriesNoSecret() {
    stub.server.stubFor(
        post(urlEqualTo(BASE + "auth/jwt/refresh"))
            .willReturn(
                status(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Invalid username or password\"}")));

    assertThatThrownBy(() -> stub.hostedSwitch().pushCarrier(CARRIER))
        .isInstanceOfSatisfying(
            SwitchRejected.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.getMessage())
                  .contains("Invalid username or password")
                  .doesNotContain(ConnexCsStub.PASSWORD);
              assertThat(e.retriable()).isFalse();
            });
  }
}
