package com.didtron.ui.ratedeck;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.StaffCdrView;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateEntryRow;
import com.didtron.activities.routing.RouteOption;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ImportMode;
import com.didtron.ui.cdr.CdrsView;
import com.didtron.ui.routing.RouteTesterView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the rating pages, on the real services and database. */
class RatingViewsIT extends BrowserlessViewsIT {
  @Autowired RatingFixtures rating;
  @Autowired ActiveDecks decks;

  @BeforeEach
  void signInAsAdmin() {
    signIn(ADMIN);
  }

  private RateCard buyCard() {
    Account carrier =
        rating.account(admin(), Fixtures.unique("Wizard"), AccountKind.CARRIER, "USD");
    return rating.card(admin(), carrier, DeckSide.BUY);
  }

  @Test
  void theWizardMapsASuppliersColumnsShowsTheChangeReportAndActivates() {
    RateCard card = buyCard();
    UI.getCurrent()
        .navigate(
            RateImportView.class, QueryParameters.simple(Map.of("card", card.id().toString())));
    String file =
        "Country,Code,Price,Billing,Effective Date\n"
            + "United Kingdom,44,0.0100,60/6,2026-01-01\nFrance,33,0.0200,30/6,2026-01-01\nBad,3x,0.1,1/1,2026-01-01\n";

    UploadKt._upload(
        _get(Upload.class), "supplier.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
    assertThat(
            _find(
                Span.class,
                spec -> spec.withText("Which column of the file holds what? The first rows:")))
        .hasSize(1);
    _click(_get(Button.class, spec -> spec.withText("Import")));

    Grid<?> changes = _find(Grid.class).get(0);
    assertThat(GridKt._size(changes)).isEqualTo(2);
    assertThat(((RateEntryRow) GridKt._get(changes, 1)).initialIncrement()).isEqualTo(60);
    _click(_get(Button.class, spec -> spec.withText("Activate")));
    assertThat(_find(RateImportView.class)).hasSize(1);

    _get(Checkbox.class, spec -> spec.withLabel("Skip the 1 invalid rows listed above"))
        .setValue(true);
    _click(_get(Button.class, spec -> spec.withText("Activate")));
    assertThat(_find(RateCardView.class)).hasSize(1);
    assertThat(
            decks
                .decks()
                .buyDeck(card.ownerId().toString())
                .find("3312", Instant.parse("2026-06-01T00:00:00Z")))
        .isNotNegative();
  }

  @Test
  void theDeckBrowserSearchesByPrefixAndDestination() {
    RateCard card = buyCard();
    rating.activate(
        admin(),
        card,
        ImportMode.REPLACE,
        RatingFixtures.HEADER
            + "44,United Kingdom,0.01,0,60,6,2026-01-01,\n4420,London,0.008,0,60,6,2026-01-01,\n33,France,0.02,0,60,6,2026-01-01,\n");
    UI.getCurrent().navigate(RateCardView.class, card.id().toString());
    Grid<?> deck = _find(Grid.class).get(0);
    assertThat(GridKt._size(deck)).isEqualTo(3);

    _get(TextField.class, spec -> spec.withPlaceholder("Prefix, e.g. 4420")).setValue("44");
    assertThat(GridKt._size(deck)).isEqualTo(2);
    _get(TextField.class, spec -> spec.withPlaceholder("Destination")).setValue("lond");
    assertThat(GridKt._size(deck)).isEqualTo(1);
    assertThat(((RateEntryRow) GridKt._get(deck, 0)).prefix()).isEqualTo("4420");
  }

  @Test
  void theRateCardListShowsCardsWithTheirActiveVersion() {
    RateCard card = buyCard();
    rating.activate(
        admin(), card, ImportMode.ADD, RatingFixtures.HEADER + "1,USA,0.01,0,6,6,2026-01-01,\n");
    UI.getCurrent().navigate(RateCardsView.class);
    _get(TextField.class, spec -> spec.withPlaceholder("Customer or carrier"))
        .setValue(card.ownerName());
    Grid<?> grid = _get(Grid.class);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(((RateCard) GridKt._get(grid, 0)).activeVersionNumber()).isEqualTo(1);
  }

  @Test
  void cdrsUploadedOnTheCdrPageAreListedAndFiltered() {
    RatingFixtures.Pair p =
        rating.pair(admin(), "44,UK,0.02,0,60,6,2026-01-01,\n", "44,UK,0.01,0,60,6,2026-01-01,\n");
    UI.getCurrent().navigate(CdrsView.class);
    _click(_get(Button.class, spec -> spec.withText("Upload CDRs")));
    String csv =
        RatingFixtures.CDR_HEADER
            + "v1,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,4420123,2026-11-01T10:00:00Z,61\n"
            + "v2,"
            + p.customer().name()
            + ","
            + p.carrier().name()
            + ",1,3312345,2026-11-01T11:00:00Z,5\n";
    _get(TextField.class, spec -> spec.withLabel("Source (the switch the call ids come from)"))
        .setValue(Fixtures.unique("ui"));
    UploadKt._upload(
        _get(Upload.class), "cdrs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(
            _find(
                Span.class,
                spec ->
                    spec.withText(
                        "2 CDRs stored (1 rated, 1 unrated), 0 duplicates skipped, 0 lines rejected")))
        .hasSize(1);

    _get(TextField.class, spec -> spec.withPlaceholder("Number prefix")).setValue("4420123");
    Grid<?> grid = _find(Grid.class).get(0);
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(((StaffCdrView) GridKt._get(grid, 0)).customerCost()).isEqualByComparingTo("0.022");
  }

  @Test
  void theRouteTesterRanksCarriersForACustomerAndNumber() {
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99887,Test,0.05,0,60,6,2026-01-01,\n",
            "99887,Test,0.01,0,60,6,2026-01-01,\n");
    UI.getCurrent().navigate(RouteTesterView.class);
    _get(ComboBox.class, spec -> spec.withLabel("Customer")).setValue(p.customer());
    _get(TextField.class, spec -> spec.withLabel("Dialled number")).setValue("+998871234");
    _get(DateTimePicker.class, spec -> spec.withLabel("At (UTC)"))
        .setValue(LocalDateTime.of(2026, 6, 1, 12, 0));
    _click(_get(Button.class, spec -> spec.withText("Test route")));

    Grid<?> grid = _find(Grid.class).get(0);
    assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
    assertThat(((RouteOption) GridKt._get(grid, 0)).carrier()).isEqualTo(p.carrier().name());
    assertThat(_get(Span.class, spec -> spec.withId("plan-rule")).getText())
        .startsWith("The switch uses rule 99887")
        .contains("→ " + p.carrier().name());
  }
}
