package com.didtron.activities.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One WireMock server standing in for the SaaS the test platform talks to (Stripe, PayPal, Open
 * Exchange Rates), started once per test JVM; the platform's base URLs point here. Tests add the
 * stubs they need; the local switch's JSON-RPC is here too, down unless a test runs a {@link
 * FakeSwitchRpc}. Brevo is deliberately left unconfigured (the outbox tests cover "no key").
 */
public final class ProviderStubs {
  public static final String STRIPE_WEBHOOK_SECRET = "whsec_didtron_test";
  public static final String STRIPE_IDENTITY_WEBHOOK_SECRET = "whsec_didtron_identity_test";
  private static final WireMockServer SERVER = start();

  private ProviderStubs() {}

  private static WireMockServer start() {
    WireMockServer s = new WireMockServer(wireMockConfig().dynamicPort());
    s.start();
    FakeSwitchRpc.switchDown(s);
    // any KYC case started in a test opens a Stripe Identity session (tests may stub their own)
    s.stubFor(
        WireMock.post("/v1/identity/verification_sessions")
            .atPriority(10)
            .willReturn(
                WireMock.aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withTransformers("response-template")
                    .withBody(
                        """
                        {"id":"vs_test_{{randomValue length=24 type='ALPHANUMERIC'}}",
                         "object":"identity.verification_session","status":"requires_input",
                         "type":"document","last_error":null,"livemode":false,"metadata":{},
                         "url":"https://verify.stripe.test/start/{{randomValue length=16 type='ALPHANUMERIC'}}"}""")));
    Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    return s;
  }

  public static WireMockServer server() {
    return SERVER;
  }

  public static String baseUrl() {
    return SERVER.baseUrl();
  }

  /** Where the platform's switch JSON-RPC points in tests: down unless {@link FakeSwitchRpc}. */
  public static String switchRpcUrl() {
    return SERVER.baseUrl() + FakeSwitchRpc.PATH;
  }

  /** A valid {@code Stripe-Signature} header for {@code payload}, signed now. */
  public static String stripeSignature(String payload) {
    return stripeSignature(payload, STRIPE_WEBHOOK_SECRET);
  }

  public static String stripeSignature(String payload, String secret) {
    long t = System.currentTimeMillis() / 1000;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
