package com.didtron.activities.ratedeck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.audit.AuditLog;
import com.didtron.activities.audit.AuditQuery;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ChangeFlag;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.LineError;
import com.didtron.rating.engine.CompiledDeck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Rate cards in PostgreSQL: import, change flags, broken files, activation and export. */
class RateCardImportIT extends ActivitiesIT {
  private static final String H = RatingFixtures.HEADER;
  private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired RateCardService cards;
  @Autowired RateImportService imports;
  @Autowired ActiveDecks decks;
  @Autowired AuditLog auditLog;
  @Autowired ApplicationContext context;
  @Autowired DSLContext db;

  private RateCard newBuyCard() {
    Account carrier =
        rating.account(admin(), Fixtures.unique("Carrier"), AccountKind.CARRIER, "EUR");
    return rating.card(admin(), carrier, DeckSide.BUY);
  }

  private static RateCardVersion staged(ImportOutcome outcome) {
    assertThat(outcome).isInstanceOf(ImportOutcome.Staged.class);
    return ((ImportOutcome.Staged) outcome).version();
  }

  private CompiledDeck activeBuyDeck(RateCard card) {
    return decks.decks().buyDeck(card.ownerId().toString());
  }

  @Test
  void aDraftRatesNothingUntilItIsActivatedThenTheDeckIsSwappedInMemory() {
    RateCard card = newBuyCard();
    RateCardVersion draft =
        staged(
            rating.stage(
                admin(),
                card,
                ImportMode.ADD,
                H + "44,UK,0.0100,0,60,6,2026-01-01,\n4420,London,0.0080,0,60,6,2026-01-01,\n"));

    assertThat(draft.status()).isEqualTo(RateCardVersionStatus.DRAFT);
    assertThat(draft.newRows()).isEqualTo(2);
    assertThat(activeBuyDeck(card)).isNull();

    ActivationOutcome done = imports.activate(admin(), draft.id(), false, false);

    assertThat(done).isInstanceOf(ActivationOutcome.Activated.class);
    CompiledDeck deck = activeBuyDeck(card);
    assertThat(deck.currency().code()).isEqualTo("EUR");
    assertThat(deck.rate(deck.find("442071", JUNE))).isEqualByComparingTo("0.008");
    assertThat(cards.get(admin(), card.id()).activeVersionNumber()).isEqualTo(1);
    assertThat(
            auditLog
                .find(
                    admin(),
                    new AuditQuery(null, "rate_card", card.id().toString(), null, null),
                    PageRequest.first(10))
                .rows())
        .hasSize(2);
  }

  @Test
  void addUpsertsAndFlagsRowsWhileReplaceClosesMissingPrefixesAfterConfirmation() {
    RateCard card = newBuyCard();
    rating.activate(
        admin(),
        card,
        ImportMode.REPLACE,
        H
            + "44,UK,0.0100,0,60,6,2026-01-01,\n33,France,0.0200,0,60,6,2026-01-01,\n"
            + "49,Germany,0.0300,0,60,6,2026-01-01,\n");

    RateCardVersion add =
        staged(
            rating.stage(
                admin(),
                card,
                ImportMode.ADD,
                H
                    + "44,UK,0.0120,0,60,6,2026-02-01,\n33,France,0.0150,0,60,6,2026-02-01,\n"
                    + "49,Germany,0.0300,0,60,6,2026-02-01,\n1,USA,0.0050,0,6,6,2026-02-01,\n"));
    assertThat(
            Map.of(
                "new",
                add.newRows(),
                "up",
                add.increasedRows(),
                "down",
                add.decreasedRows(),
                "same",
                add.unchangedRows()))
        .isEqualTo(Map.of("new", 1L, "up", 1L, "down", 1L, "same", 1L));
    assertThat(
            cards
                .entries(
                    admin(),
                    add.id(),
                    new EntryFilter(null, null, true, ChangeFlag.INCREASE),
                    PageRequest.first(10))
                .rows())
        .extracting(RateEntryRow::prefix, r -> r.previousRate().toPlainString())
        .containsExactly(Tuple.tuple("44", "0.0100"));
    imports.discard(admin(), add.id());

    RateCardVersion replace =
        staged(
            rating.stage(
                admin(), card, ImportMode.REPLACE, H + "44,UK,0.0100,0,60,6,2026-03-01,\n"));
    assertThat(replace.closedPrefixes()).isEqualTo(2);
    assertThat(replace.needsConfirmation()).isTrue();
    assertThat(imports.activate(admin(), replace.id(), false, false))
        .isEqualTo(
            new ActivationOutcome.Refused(
                ActivationOutcome.Reason.NEEDS_CONFIRMATION,
                "This Replace closes 2 of 3 live prefixes: confirm that the file really is the whole deck"));

    assertThat(imports.activate(admin(), replace.id(), false, true))
        .isInstanceOf(ActivationOutcome.Activated.class);
    CompiledDeck deck = activeBuyDeck(card);
    assertThat(deck.find("3312345", Instant.parse("2026-02-15T00:00:00Z"))).isNotNegative();
    assertThat(deck.find("3312345", Instant.parse("2026-03-01T00:00:00Z")))
        .isEqualTo(CompiledDeck.NO_MATCH);
  }

  @Test
  void invalidRowsAreListedByLineAndBlockActivationUnlessTheUserSkipsThem() {
    RateCard card = newBuyCard();
    ImportOutcome outcome =
        rating.stage(
            admin(),
            card,
            ImportMode.ADD,
            H
                + "44,UK,0.0100,0,60,6,2026-01-01,\n"
                + "33,France,abc,0,60,6,2026-01-01,\n"
                + "\n"
                + "49,Germany,0.03,0,60,6,2026-01-01,\n"
                + "44,UK again,0.0200,0,60,6,2026-01-01,\n"
                + "4x,Bad,0.01,0,60,6,2026-01-01,\n");

    RateCardVersion draft = staged(outcome);
    assertThat(((ImportOutcome.Staged) outcome).firstErrors())
        .extracting(LineError::toString)
        .containsExactly(
            "line 3: rate 'abc' is not a number",
            "line 4: empty row",
            "line 6: duplicate of line 2: prefix 44 effective_from 2026-01-01T00:00:00Z",
            "line 7: prefix '4x' must contain digits only");
    assertThat(cards.errors(admin(), draft.id(), PageRequest.first(10)).total()).isEqualTo(4);
    assertThat(imports.activate(admin(), draft.id(), false, false))
        .isInstanceOf(ActivationOutcome.Refused.class)
        .extracting(r -> ((ActivationOutcome.Refused) r).reason())
        .isEqualTo(ActivationOutcome.Reason.HAS_INVALID_ROWS);
    assertThat(activeBuyDeck(card)).isNull();

    ActivationOutcome skipped = imports.activate(admin(), draft.id(), true, false);
    assertThat(skipped).isInstanceOf(ActivationOutcome.Activated.class);
    assertThat(((ActivationOutcome.Activated) skipped).version().skippedInvalid()).isTrue();
    assertThat(activeBuyDeck(card).size()).isEqualTo(2);
  }

  @Test
  void aWrongHeaderOrAFileWithoutValidRowsStoresNothing() {
    RateCard card = newBuyCard();
    ImportOutcome header = rating.stage(admin(), card, ImportMode.ADD, "code,price\n44,0.01\n");
    assertThat(header).isInstanceOf(ImportOutcome.Refused.class);
    assertThat(((ImportOutcome.Refused) header).errors())
        .extracting(LineError::line)
        .containsOnly(1L);
    ImportOutcome bad =
        rating.stage(admin(), card, ImportMode.ADD, H + "44,UK,x,0,60,6,2026-01-01,\n");
    assertThat(((ImportOutcome.Refused) bad).reason()).isEqualTo("No row of the file is valid");
    assertThat(((ImportOutcome.Refused) rating.stage(admin(), card, ImportMode.ADD, H)).reason())
        .isEqualTo("The file has no rows");
    assertThat(cards.versions(admin(), card.id(), PageRequest.first(10)).total()).isZero();
  }

  @Test
  void aDraftMadeBeforeAnotherActivationIsStale() {
    RateCard card = newBuyCard();
    RateCardVersion first =
        staged(rating.stage(admin(), card, ImportMode.ADD, H + "44,UK,0.01,0,60,6,2026-01-01,\n"));
    rating.activate(admin(), card, ImportMode.ADD, H + "33,France,0.02,0,60,6,2026-01-01,\n");

    assertThat(imports.activate(admin(), first.id(), false, false))
        .isInstanceOf(ActivationOutcome.Refused.class)
        .extracting(r -> ((ActivationOutcome.Refused) r).reason())
        .isEqualTo(ActivationOutcome.Reason.STALE);
  }

  @Test
  void aHugeDeckImportsActivatesAndExportsToTheSameEntries() throws Exception {
    RateCard card = newBuyCard();
    StringBuilder csv = new StringBuilder(H);
    for (int i = 0; i < 300_000; i++) {
      csv.append(1_000_000 + i * 7L)
          .append(",Dest ")
          .append(i % 977)
          .append(",0.0")
          .append(100 + i % 900)
          .append(",0,60,6,2026-01-01,\n");
    }
    RateCardVersion version = rating.activate(admin(), card, ImportMode.REPLACE, csv.toString());

    assertThat(version.entries()).isEqualTo(300_000);
    assertThat(activeBuyDeck(card).size()).isEqualTo(300_000);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    cards.export(admin(), version.id(), exported);
    var reparsed = DeckParser.parse(new ByteArrayInputStream(exported.toByteArray()));
    assertThat(reparsed.isClean()).isTrue();
    assertThat(reparsed.entries()).hasSize(300_000);
    assertThat(
            cards
                .entries(
                    admin(),
                    version.id(),
                    new EntryFilter("10000", null, false, null),
                    PageRequest.first(50))
                .rows())
        .extracting(RateEntryRow::prefix)
        .allMatch(p -> p.startsWith("10000"));
  }

  @Test
  void theBinaryCopyStoresEveryValueExactlyAsTheFileGaveIt() throws Exception {
    RateCard card = newBuyCard();
    String file =
        H
            + "44,UK,0.0100,0,60,6,2026-01-01,\n"
            + "4412,\"Z\u00fcrich \u260e, \"\"Kanton\"\"\",12,0.5,1,1,1999-12-31T23:59:59.5Z,"
            + "2030-01-01T00:00:00.000001Z\n"
            + "4413,Big,123456789012.123456,10000,30,6,2026-01-01,\n"
            + "4414,,0,0.000001,1,1,1970-01-01,2000-01-01\n";
    var sent = DeckParser.parse(new ByteArrayInputStream(file.getBytes(UTF_8)));
    assertThat(sent.isClean()).isTrue();
    RateCardVersion first = rating.activate(admin(), card, ImportMode.ADD, file);
    RateCardVersion second =
        rating.activate(admin(), card, ImportMode.ADD, H + "44,UK,0.0200,0,60,6,2026-01-01,\n");

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    cards.export(admin(), first.id(), exported);
    var stored = DeckParser.parse(new ByteArrayInputStream(exported.toByteArray()));
    assertThat(stored.entries()).containsExactlyElementsOf(sorted(sent.entries()));
    assertThat(
            cards
                .entries(
                    admin(),
                    second.id(),
                    new EntryFilter("44", null, false, null),
                    PageRequest.first(10))
                .rows())
        .filteredOn(r -> r.prefix().equals("44"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.flag()).isEqualTo(ChangeFlag.INCREASE);
              assertThat(r.previousRate()).isEqualTo(new BigDecimal("0.0100"));
              assertThat(r.rate()).isEqualTo(new BigDecimal("0.0200"));
            });
  }

  @Test
  void theDatabaseStillRefusesRowsOfNoVersionAndPrefixesThatAreNotDigits() {
    RateCard card = newBuyCard();
    RateCardVersion version =
        rating.activate(admin(), card, ImportMode.ADD, H + "44,UK,0.01,0,60,6,2026-01-01,\n");
    String insert =
        "INSERT INTO rate_entry (version_id, prefix, destination, rate, connect_fee,"
            + " initial_increment, subsequent_increment, effective_from)"
            + " VALUES (?::uuid, ?, 'X', 0.01, 0, 1, 1, now())";

    assertThatThrownBy(() -> db.execute(insert, UUID.randomUUID().toString(), "45"))
        .hasMessageContaining("not present in table \"rate_card_version\"");
    for (String prefix : List.of("", "44a", "4 4", "\uff14\uff14", "1".repeat(33))) {
      assertThatThrownBy(() -> db.execute(insert, version.id().toString(), prefix))
          .as(prefix)
          .hasMessageContaining("rate_entry_prefix_check");
    }
    db.execute(insert, version.id().toString(), "1".repeat(32));
    assertThatThrownBy(
            () ->
                db.execute(
                    "DELETE FROM rate_card_version WHERE id = ?::uuid", version.id().toString()))
        .hasMessageContaining("still has rate_entry rows");
  }

  private static List<com.didtron.rating.deck.RateEntry> sorted(
      List<com.didtron.rating.deck.RateEntry> entries) {
    return entries.stream()
        .sorted(
            java.util.Comparator.comparing(com.didtron.rating.deck.RateEntry::prefix)
                .thenComparing(com.didtron.rating.deck.RateEntry::effectiveFrom))
        .toList();
  }

  @Test
  void decksAreLoadedFromTheDatabaseOnStartup() {
    RatingFixtures.Pair pair =
        rating.pair(admin(), "44,UK,0.02,0,60,6,2026-01-01,\n", "44,UK,0.01,0,60,6,2026-01-01,\n");
    ActiveDecks fresh = context.getAutowireCapableBeanFactory().createBean(ActiveDecks.class);

    fresh.afterSingletonsInstantiated();

    assertThat(fresh.decks().sellDeck(pair.customer().id().toString())).isNotNull();
    assertThat(fresh.decks().buyDeck(pair.carrier().id().toString()).find("4420", JUNE))
        .isNotNegative();
  }

  @Test
  void theColumnMappingIsSavedPerCarrierAndOnlyStaffWritersImport() {
    RateCard card = newBuyCard();
    var owner = new AccountId(card.ownerId());
    ColumnMapping mapping =
        ColumnMapping.suggest(List.of("Code", "Country", "Price", "Billing", "Effective Date"));
    cards.saveMapping(admin(), owner, mapping);
    assertThat(cards.mapping(admin(), owner)).contains(mapping);

    Actor analyst = actorOf(fixtures.staffUser(admin(), Role.ANALYST));
    assertThatThrownBy(() -> rating.stage(analyst, card, ImportMode.ADD, H))
        .isInstanceOf(AccessDenied.class);
    assertThat(cards.get(analyst, card.id()).id()).isEqualTo(card.id());
  }
}
