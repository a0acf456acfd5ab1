package com.didtron.activities.ratedeck;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.RATE_CARD_VERSION;
import static com.didtron.activities.db.Tables.RATE_IMPORT_ERROR;
import static com.didtron.activities.db.Tables.STORED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.ratedeck.RateCardVersionStatus;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.LineError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A carrier's buy rates and deck uploads: drafts for staff review, never live by themselves. */
class CarrierRatesIT extends ActivitiesIT {
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired CarrierRates carrierRates;
  @Autowired RateImportService imports;
  @Autowired RateCardService cards;
  @Autowired DSLContext db;

  @Test
  void aCarrierUploadLandsAsADraftThatStaffActivateAndIsAudited() {
    String tag = Fixtures.unique("Buy");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99851,Sell-" + tag + ",0.0900,0,60,6,2026-01-01,\n",
            "99851,Buy-"
                + tag
                + ",0.0100,0,60,6,2025-06-01,\n"
                + "99852,BuyMobile-"
                + tag
                + ",0.0200,0,60,6,2025-06-01,\n");
    Actor carrier = actorOf(fixtures.portalUser(admin(), p.carrier(), Role.CARRIER));

    assertThat(current(carrier))
        .extracting(OwnRate::prefix, OwnRate::destination)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("99851", "Buy-" + tag),
            org.assertj.core.groups.Tuple.tuple("99852", "BuyMobile-" + tag));

    CarrierUpload outcome =
        upload(
            carrier,
            RatingFixtures.HEADER
                + "99851,Buy-"
                + tag
                + ",0.0080,0,60,6,2026-01-01,\n"
                + "99853,BuySat-"
                + tag
                + ",0.9,0,60,60,2026-01-01,\n");
    assertThat(outcome).isInstanceOf(CarrierUpload.Received.class);
    RateVersionSummary draft = ((CarrierUpload.Received) outcome).version();
    assertThat(draft.status()).isEqualTo(RateCardVersionStatus.DRAFT);
    assertThat(draft.number()).isEqualTo(2);
    assertThat(draft.decreasedRows()).isEqualTo(1);
    assertThat(draft.newRows()).isEqualTo(1);
    assertThat(draft.removedRows()).isEqualTo(1);

    // not live: the card still rates with version 1, the carrier still sees its old prices
    assertThat(cards.get(admin(), p.buy().id()).activeVersionNumber()).isEqualTo(1);
    assertThat(current(carrier)).extracting(OwnRate::prefix).containsExactly("99851", "99852");
    assertThat(current(carrier).get(0).rate()).isEqualByComparingTo("0.0100");
    // staff see the draft with the carrier user as its author; the carrier sees it in review
    RateCardVersion staffView = cards.version(admin(), draft.id());
    assertThat(staffView.status()).isEqualTo(RateCardVersionStatus.DRAFT);
    assertThat(staffView.createdBy()).isEqualTo(carrier.name());
    assertThat(carrierRates.history(carrier))
        .extracting(RateVersionSummary::number, RateVersionSummary::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, RateCardVersionStatus.DRAFT),
            org.assertj.core.groups.Tuple.tuple(1, RateCardVersionStatus.ACTIVE));
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq(CarrierRates.UPLOAD_ENTITY)
                    .and(AUDIT_LOG.ENTITY_ID.eq(draft.id().toString()))
                    .and(AUDIT_LOG.ACTOR.eq(carrier.name()))))
        .isEqualTo(1);
    // the carrier may download its own upload; another carrier may not
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    carrierRates.export(carrier, draft.id(), OwnRateFilter.of(RateWindow.ALL), RateSheet.CSV, csv);
    assertThat(csv.toString(StandardCharsets.UTF_8)).contains("99853,BuySat-" + tag + ",0.9");
    RatingFixtures.Pair other =
        rating.pair(
            admin(),
            "99861,OtherSell,0.09,0,60,6,2026-01-01,\n",
            "99861,OtherBuy,0.01,0,60,6,2026-01-01,\n");
    Actor otherCarrier = actorOf(fixtures.portalUser(admin(), other.carrier(), Role.CARRIER));
    assertThatThrownBy(
            () ->
                carrierRates.export(
                    otherCarrier,
                    draft.id(),
                    OwnRateFilter.of(RateWindow.ALL),
                    RateSheet.CSV,
                    new ByteArrayOutputStream()))
        .isInstanceOf(AccessDenied.class);
    assertThat(current(otherCarrier)).extracting(OwnRate::prefix).containsExactly("99861");

    // staff activate it on the rate card pages (the import service behind them)
    assertThat(imports.activate(admin(), draft.id(), false, true))
        .isInstanceOf(ActivationOutcome.Activated.class);
    assertThat(current(carrier)).extracting(OwnRate::prefix).containsExactly("99851", "99853");
    assertThat(current(carrier).get(0).change()).isEqualTo(RateChange.DECREASE);
  }

  @Test
  void aBrokenCarrierFileIsRefusedWithLineNumberedErrorsAndNothingIsStored() {
    String tag = Fixtures.unique("Broken");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99871,Sell,0.09,0,60,6,2026-01-01,\n",
            "99871,Buy-" + tag + ",0.01,0,60,6,2026-01-01,\n");
    Actor carrier = actorOf(fixtures.portalUser(admin(), p.carrier(), Role.CARRIER));
    int versions = db.fetchCount(RATE_CARD_VERSION, RATE_CARD_VERSION.CARD_ID.eq(p.buy().id()));
    int files = db.fetchCount(STORED_FILE, STORED_FILE.ACCOUNT_ID.eq(p.carrier().id().value()));
    int errors = db.fetchCount(RATE_IMPORT_ERROR);

    CarrierUpload outcome =
        upload(
            carrier,
            RatingFixtures.HEADER
                + "99871,Good,0.02,0,60,6,2026-01-01,\n"
                + "99x72,Bad prefix,0.02,0,60,6,2026-01-01,\n"
                + "99873,Good too,0.02,0,60,6,2026-01-01,\n"
                + "99874,Bad rate,abc,0,60,6,2026-01-01,\n");

    assertThat(outcome).isInstanceOf(CarrierUpload.Refused.class);
    CarrierUpload.Refused refused = (CarrierUpload.Refused) outcome;
    assertThat(refused.reason()).contains("2 row(s) are invalid").contains("nothing was stored");
    assertThat(refused.errors()).extracting(LineError::line).containsExactly(3L, 5L);
    assertThat(refused.errorCount()).isEqualTo(2);
    assertThat(db.fetchCount(RATE_CARD_VERSION, RATE_CARD_VERSION.CARD_ID.eq(p.buy().id())))
        .isEqualTo(versions);
    assertThat(db.fetchCount(STORED_FILE, STORED_FILE.ACCOUNT_ID.eq(p.carrier().id().value())))
        .isEqualTo(files);
    assertThat(db.fetchCount(RATE_IMPORT_ERROR)).isEqualTo(errors);
    assertThat(carrierRates.history(carrier)).hasSize(1);

    assertThat(upload(carrier, "prefix;rate\n1;2\n"))
        .isInstanceOfSatisfying(
            CarrierUpload.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo("The header line cannot be used");
              assertThat(r.errors()).extracting(LineError::line).containsOnly(1L);
            });
  }

  @Test
  void onlyCarrierUsersSeeBuyRatesAndACarrierWithoutACardIsToldSo() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(), "99881,Sell,0.09,0,60,6,2026-01-01,\n", "99881,Buy,0.01,0,60,6,2026-01-01,\n");
    Actor customer = actorOf(fixtures.portalUser(admin(), p.customer(), Role.CUSTOMER));
    assertThatThrownBy(() -> carrierRates.card(customer)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> carrierRates.upload(customer, ImportMode.ADD, "x.csv", empty()))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> carrierRates.card(admin())).isInstanceOf(AccessDenied.class);

    var bare =
        rating.account(
            admin(),
            Fixtures.unique("NoCard"),
            com.didtron.domain.account.AccountKind.CARRIER,
            "USD");
    Actor cardless = actorOf(fixtures.portalUser(admin(), bare, Role.CARRIER));
    assertThat(carrierRates.card(cardless)).isEmpty();
    assertThat(current(cardless)).isEmpty();
    assertThat(upload(cardless, RatingFixtures.HEADER + "1,X,1,0,1,1,2026-01-01,\n"))
        .isInstanceOfSatisfying(
            CarrierUpload.Refused.class,
            r -> assertThat(r.reason()).startsWith("We hold no buy card for your account yet"));
  }

  private CarrierUpload upload(Actor carrier, String csv) {
    return carrierRates.upload(
        carrier,
        ImportMode.REPLACE,
        "deck-" + UUID.randomUUID() + ".csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static ByteArrayInputStream empty() {
    return new ByteArrayInputStream(new byte[0]);
  }

  private List<OwnRate> current(Actor actor) {
    return carrierRates.entries(actor, OwnRateFilter.current(), new PageRequest(0, 100)).rows();
  }
}
