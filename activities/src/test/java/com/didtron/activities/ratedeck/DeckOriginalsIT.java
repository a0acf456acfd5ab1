package com.didtron.activities.ratedeck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.storage.StoredFiles;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deck import keeps its original file through the storage port, linked from the version. */
class DeckOriginalsIT extends ActivitiesIT {
  private static final String H = RatingFixtures.HEADER;

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired DeckOriginals originals;
  @Autowired StoredFiles files;

  @Test
  void theImportedFileIsKeptByteForByteAsARateDeckOfTheCardsAccount() throws Exception {
    Account carrier =
        rating.account(admin(), Fixtures.unique("DeckOriginal"), AccountKind.CARRIER, "EUR");
    RateCard card = rating.card(admin(), carrier, DeckSide.BUY);
    String deck = H + "44,UK,0.0100,0,60,6,2026-01-01,\n4420,London,0.0080,0,60,6,2026-01-01,\n";

    ImportOutcome outcome = rating.stage(admin(), card, ImportMode.ADD, deck);
    RateCardVersion version = ((ImportOutcome.Staged) outcome).version();

    StoredFile original = originals.of(admin(), version.id()).orElseThrow();
    assertThat(original.kind()).isEqualTo(FileKind.RATE_DECK);
    assertThat(original.account()).isEqualTo(carrier.id());
    assertThat(original.size()).isEqualTo(deck.getBytes(StandardCharsets.UTF_8).length);
    try (InputStream in = files.open(admin(), original.id()).bytes()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(deck);
    }
    assertThat(files.list(admin(), carrier.id(), FileKind.RATE_DECK))
        .extracting(StoredFile::id)
        .contains(original.id());

    Account stranger = fixtures.account(admin(), Fixtures.unique("DeckStranger"));
    String customer = fixtures.portalUser(admin(), stranger, Role.CUSTOMER);
    assertThatThrownBy(() -> files.open(actorOf(customer), original.id()))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aRefusedFileLeavesNoVersionAndNoOriginal() {
    Account carrier =
        rating.account(admin(), Fixtures.unique("DeckRefused"), AccountKind.CARRIER, "EUR");
    RateCard card = rating.card(admin(), carrier, DeckSide.BUY);

    ImportOutcome outcome = rating.stage(admin(), card, ImportMode.ADD, H);

    assertThat(outcome).isInstanceOf(ImportOutcome.Refused.class);
    assertThat(files.list(admin(), carrier.id(), FileKind.RATE_DECK)).isEmpty();
  }
}
