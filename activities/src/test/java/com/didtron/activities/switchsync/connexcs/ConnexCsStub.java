package com.didtron.activities.switchsync.connexcs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.didtron.activities.outbound.OutboundGuard;
import com.didtron.activities.switchsync.HostedSwitch;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ConnexCS control-panel API on 127.0.0.1 (WireMock) answering with the documented shapes under
 * {@code src/test/resources/connexcs/}, and a {@link HostedSwitch} pointed at it.
 */
final class ConnexCsStub implements AutoCloseable {
  static final String USER = "api@operator.example";
  static final String PASSWORD = "s3cret-Pass";
  static final String BASE = "/api/cp/";
  static final Instant START = Instant.parse("2026-12-03T12:00:00Z");

  final WireMockServer server;
  final MovableClock clock = new MovableClock(START);

  ConnexCsStub() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + BASE;
  }

  /** The switch as the platform builds it, loopback allow-listed as an operator would. */
  HostedSwitch hostedSwitch() {
    return hostedSwitch(baseUrl(), "127.0.0.1/32");
  }

  HostedSwitch hostedSwitch(String baseUrl, String allow) {
    ConnexCsSettings settings =
        new ConnexCsSettings(
            URI.create(baseUrl), USER, PASSWORD, Duration.ofSeconds(5), Duration.ofHours(1));
    return ConnexCsConfiguration.create(
        settings, new OutboundGuard(allow), clock, JsonMapper.builder().build());
  }

  /** The documented token endpoints: refresh token with Basic auth, access token with it. */
  void stubTokens() {
    server.stubFor(
        post(urlEqualTo(BASE + "auth/jwt/refresh"))
            .withBasicAuth(USER, PASSWORD)
            .withRequestBody(
                equalToJson("{\"lifetime\": 2592000, \"audience\": \"didtron-platform\"}"))
            .willReturn(okJson(file("auth-refresh.json"))));
    server.stubFor(
        get(urlEqualTo(BASE + "auth/jwt"))
            .withHeader("Authorization", equalTo("Bearer " + token("auth-refresh.json")))
            .willReturn(okJson(file("auth-access-2.json"))));
  }

  static String bearer(String tokenFile) {
    return "Bearer " + token(tokenFile);
  }

  static String token(String tokenFile) {
    return JsonMapper.builder().build().readTree(file(tokenFile)).path("token").asString();
  }

  static String file(String name) {
    try (InputStream in = ConnexCsStub.class.getResourceAsStream("/connexcs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource connexcs/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
