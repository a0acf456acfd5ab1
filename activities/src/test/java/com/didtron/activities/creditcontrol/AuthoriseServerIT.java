package com.didtron.activities.creditcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.payment.TopUps;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ImportMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The loopback listener answers only who holds the shared secret; everyone else gets 403. */
class AuthoriseServerIT extends ActivitiesIT {
  @Autowired AuthoriseServer server;
  @Autowired CreditControl credit;
  @Autowired LedgerFixtures ledgerFixtures;
  @Autowired RatingFixtures rating;
  @Autowired TopUps topUps;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private Account funded() {
    Account a = ledgerFixtures.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    rating.activate(
        admin(),
        rating.card(admin(), a, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.60,0,1,1,2020-01-01,\n");
    topUps.manual(admin(), a.id(), new TopUpInput("0.30", "USD", "wire"));
    return a;
  }

  @Test
  void theTokenIsGeneratedOncePerDataDirectoryAndKeptReadableByTheOwnerOnly() throws Exception {
    String token = AuthoriseToken.readOrCreate(DATA_DIR);
    assertThat(server.token()).isEqualTo(token).hasSizeGreaterThanOrEqualTo(32);
    assertThat(AuthoriseToken.readOrCreate(DATA_DIR)).isEqualTo(token);
    assertThat(Files.getPosixFilePermissions(DATA_DIR.resolve(AuthoriseToken.FILE)).toString())
        .isEqualTo("[OWNER_READ, OWNER_WRITE]");
    assertThat(AuthoriseToken.resolve(" set-by-operator ", DATA_DIR)).isEqualTo("set-by-operator");
  }

  @Test
  void aRequestWithoutTheRightKeyIsRefused403AndReservesNothing() throws Exception {
    Account a = funded();
    String query = "account=" + a.id() + "&call=" + UUID.randomUUID() + "&number=4420123";

    HttpResponse<String> none = get("/authorise?" + query);
    HttpResponse<String> wrong = get("/authorise?key=guessed&" + query);

    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).isEqualTo("missing or wrong key");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(credit.reserved(a.id()).map(CreditControl.Reserved::callsInProgress).orElse(0))
        .as("never asked for: no call in progress")
        .isZero();
  }

  @Test
  void theKeyHolderIsAnsweredAndOnlyTheKeyHolderCanEndACall() throws Exception {
    Account a = funded();
    String call = "call-" + UUID.randomUUID();
    String key = "key=" + server.token();

    HttpResponse<String> admitted =
        get("/authorise?" + key + "&account=" + a.id() + "&call=" + call + "&number=4420123");
    assertThat(admitted.statusCode()).isEqualTo(200);
    assertThat(admitted.body()).as("30 s paid, one second of margin").isEqualTo("29");

    assertThat(get("/ended?call=" + call + "&seconds=0").statusCode()).isEqualTo(403);
    assertThat(credit.reserved(a.id()).orElseThrow().callsInProgress())
        .as("an end without the key releases nothing")
        .isEqualTo(1);

    assertThat(get("/ended?" + key + "&call=" + call + "&seconds=0").statusCode()).isEqualTo(200);
    assertThat(credit.reserved(a.id()).orElseThrow().callsInProgress()).isZero();
  }
}
