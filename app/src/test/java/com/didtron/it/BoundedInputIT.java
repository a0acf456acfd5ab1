package com.didtron.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.account.AccountFormView;
import com.didtron.ui.netting.ReconciliationView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bounded input: webhook bodies, uploads and amounts past their limits are refused at once with a
 * clear message, and CDRs outside the sane window become rejected lines with their line numbers.
 */
class BoundedInputIT extends BrowserlessViewsIT {
  private static final int MIB = 1 << 20;

  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired RatingFixtures rating;
  @Autowired TestClock clock;
  @Autowired AccountService accounts;

  private HttpResponse<String> post(String path, String key, HttpRequest.BodyPublisher body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(body);
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] twoMebibytes() {
    byte[] body = new byte[2 * MIB];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    return body;
  }

  @Test
  void aTwoMebibyteWebhookIsRefusedWith413WhetherItsLengthIsAnnouncedOrNot() throws Exception {
    HttpResponse<String> announced =
        post("/webhooks/stripe", null, HttpRequest.BodyPublishers.ofByteArray(twoMebibytes()));
    assertThat(announced.statusCode()).isEqualTo(413);
    assertThat(announced.body())
        .contains("\"status\":413")
        .contains(
            "The webhook body is larger than the limit of 1 MB (setting didtron.limits.webhook-body)");

    HttpResponse<String> chunked =
        post(
            "/webhooks/paypal",
            null,
            HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(twoMebibytes())));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("didtron.limits.webhook-body").doesNotContain("Exception");
  }

  @Test
  void aCdrUploadAnnouncingMoreThanItsCapIsRefusedWith413BeforeAnyByteOfItIsRead()
      throws Exception {
    String key = keys.create(admin(), "big").secret();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/cdrs?source=huge HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + key
                  + "\r\nContent-Type: text/csv\r\nContent-Length: "
                  + 5L * (1L << 30)
                  + "\r\n\r\n"
                  + "call_id,account,carrier,caller,callee,start_time,duration\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      byte[] buf = new byte[1024];
      for (int n; !answer.toString().contains("cdr-upload") && (n = in.read(buf)) > 0; ) {
        answer.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      }
      assertThat(answer)
          .startsWith("HTTP/1.1 413")
          .contains(
              "The CDR file is larger than the limit of 4 GB (setting didtron.limits.cdr-upload)");
    }
  }

  @Test
  void absurdAmountsAreRefusedWith422AtTheApiWithTheFieldAtFault() throws Exception {
    String key = keys.create(admin(), "amounts").secret();
    for (String limit :
        new String[] {"1e999999999", "0." + "1".repeat(50), "1234567890123456789"}) {
      HttpResponse<String> r =
          post(
              "/api/accounts",
              key,
              HttpRequest.BodyPublishers.ofString(
                  "{\"name\":\""
                      + Fixtures.unique("Amt")
                      + "\",\"kind\":\"CUSTOMER\",\"currency\":\"USD\","
                      + "\"billingMode\":\"POSTPAID\",\"creditLimit\":"
                      + limit
                      + "}"));
      assertThat(r.statusCode()).as(limit + ": " + r.body()).isEqualTo(422);
      assertThat(r.body()).contains("\"field\":\"creditLimit\"").doesNotContain("Exception");
    }
    var customer = rating.account(admin(), Fixtures.unique("TopUp"), AccountKind.CUSTOMER, "USD");
    HttpResponse<String> topUp =
        post(
            "/api/top-ups",
            key,
            HttpRequest.BodyPublishers.ofString(
                "{\"accountId\":\""
                    + customer.id()
                    + "\",\"amount\":\"1e999999999\",\"currency\":\"USD\",\"reason\":\"test\"}"));
    assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(422);
    assertThat(topUp.body())
        .contains("\"field\":\"amount\"")
        .contains("An amount has at most 18 digits before the decimal point");
  }

  @Test
  void cdrsStartingOutsideTheWindowOrLastingOverADayAreRejectedLinesWithTheirNumbers()
      throws Exception {
    String key = keys.create(admin(), "window").secret();
    RatingFixtures.Pair p =
        rating.pair(admin(), "44,UK,0.02,0,60,6,2010-01-01,\n", "44,UK,0.01,0,60,6,2010-01-01,\n");
    Instant now = Instant.parse("2026-06-15T12:00:00Z");
    String who = "," + p.customer().name() + "," + p.carrier().name() + ",1,4420,";
    String csv =
        RatingFixtures.CDR_HEADER
            + "ok"
            + who
            + "2016-06-18T12:00:00Z,86400\n" // 3,649 days back: inside
            + "old"
            + who
            + "2016-06-16T12:00:00Z,60\n" // 3,651 days back (cdr-max-age 3650d in tests)
            + "ahead"
            + who
            + "2026-06-16T12:00:01Z,60\n" // more than a day ahead
            + "long"
            + who
            + "2026-06-15T10:00:00Z,86401\n" // a second over 24 h
            + "far"
            + who
            + "2199-01-01T00:00:00Z,60\n";
    clock.set(now);
    HttpResponse<String> r;
    try {
      r =
          new ApiClient(port)
              .text("POST", "/api/cdrs?source=" + Fixtures.unique("w"), key, "text/csv", csv);
    } finally {
      clock.reset();
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"accepted\":1")
        .contains("\"rejected\":4")
        .contains(
            "{\"line\":3,\"reason\":\"start_time 2016-06-16T12:00:00Z is outside the accepted window"
                + " 2016-06-17T12:00:00Z to 2026-06-16T12:00:00Z\"}")
        .contains("{\"line\":4,\"reason\":\"start_time 2026-06-16T12:00:01Z is outside")
        .contains(
            "{\"line\":5,\"reason\":\"duration '86401' is not a number of seconds from 0 to 86400\"}")
        .contains("{\"line\":6,\"reason\":\"start_time 2199-01-01T00:00:00Z is outside");
  }

  @Test
  void aReconciliationFileOverItsCapIsRefusedInThePortalWithTheCapNamed() {
    signIn(ADMIN);
    UI.getCurrent().navigate(ReconciliationView.class);
    byte[] file = new byte[17 * MIB];
    Arrays.fill(file, (byte) '1');
    UploadKt._upload(_get(Upload.class), "usage.csv", "text/csv", file);
    assertThat(NotificationsKt.getNotifications())
        .extracting(n -> n.getElement().getProperty("text"))
        .contains(
            "The usage file is larger than the limit of 16 MB (setting didtron.limits.reconciliation-upload)");
  }

  @Test
  void anAbsurdCreditLimitInThePortalFormIsAFieldErrorAndNothingIsSaved() {
    signIn(ADMIN);
    UI.getCurrent().navigate(AccountFormView.class, "new");
    String name = Fixtures.unique("Absurd");
    _get(TextField.class, spec -> spec.withLabel("Name")).setValue(name);
    var limit = _get(BigDecimalField.class, spec -> spec.withLabel("Credit limit"));
    limit.setValue(new BigDecimal("0." + "1".repeat(50)));
    LocatorJ._click(_get(Button.class, spec -> spec.withText("Save")));

    assertThat(limit.isInvalid()).isTrue();
    assertThat(limit.getErrorMessage()).isEqualTo("An amount has at most 12 decimals");
    assertThat(
            accounts
                .find(admin(), new AccountFilter(name, null, false), PageRequest.first(5))
                .total())
        .isZero();
  }
}
