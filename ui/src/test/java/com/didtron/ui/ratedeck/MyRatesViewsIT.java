package com.didtron.ui.ratedeck;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.RateChange;
import com.didtron.activities.ratedeck.RateVersionSummary;
import com.didtron.activities.ratedeck.RateWindow;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.LineError;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "My rates" page of customers and the "My buy rates" page of carriers. */
class MyRatesViewsIT extends BrowserlessViewsIT {
  private static final String SOON = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;

  @Test
  void aCustomerSeesCurrentAndUpcomingRatesTheLastChangeAndTheHistoryOfItsOwnCardOnly() {
    String tag = Fixtures.unique("Page");
    RatingFixtures.Pair mine =
        rating.pair(
            admin(),
            "99911,Land-" + tag + ",0.0100,0,60,6,2026-01-01,\n",
            "99911,Supplier-" + tag + ",0.0050,0,60,6,2026-01-01,\n");
    rating.pair(
        admin(),
        "99921,Theirs-" + tag + ",0.0999,0,60,6,2026-01-01,\n",
        "99921,Supplier,0.0010,0,60,6,2026-01-01,\n");
    rating.activate(
        admin(),
        mine.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER + "99911,Land-" + tag + ",0.0125,0,60,6," + SOON + ",\n");
    signIn(fixtures.portalUser(admin(), mine.customer(), Role.CUSTOMER));
    UI.getCurrent().navigate(MyRatesView.class);

    Grid<?> grid = _find(Grid.class).get(0);
    List<OwnRate> current = rows(grid);
    assertThat(current).extracting(OwnRate::prefix).containsExactly("99911");
    assertThat(current.get(0).rate()).isEqualByComparingTo("0.0100");

    @SuppressWarnings("unchecked")
    Select<RateWindow> window = _get(Select.class, spec -> spec.withLabel("Show"));
    window.setValue(RateWindow.UPCOMING);
    List<OwnRate> upcoming = rows(grid);
    assertThat(upcoming).extracting(OwnRate::change).containsExactly(RateChange.INCREASE);
    assertThat(text(grid)).contains("0.0125", "| 0.01 |", SOON, "60/6");

    Grid<?> history = _get(Grid.class, spec -> spec.withId("rate-history"));
    List<RateVersionSummary> versions = rows(history);
    assertThat(versions).extracting(RateVersionSummary::number).containsExactly(2, 1);
    assertThat(GridKt._getFormattedRow(history, 0)).contains("v2", "1");
    assertThat(_find(Anchor.class))
        .extracting(Anchor::getText)
        .contains("Download CSV", "Download XLSX");

    String page =
        text(grid) + text(history) + _get(MyRatesView.class).getElement().getTextRecursively();
    assertThat(page)
        .doesNotContain("Theirs-", "Supplier", mine.carrier().name())
        .contains("Dates are UTC");

    assertThatThrownBy(() -> UI.getCurrent().navigate(MyBuyRatesView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void aCarrierSeesItsBuyRatesAndItsUploadWaitsForReviewWhileABrokenFileIsRefusedByLine() {
    String tag = Fixtures.unique("Carrier");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99931,SellOnly-" + tag + ",0.0900,0,60,6,2026-01-01,\n",
            "99931,BuyLand-" + tag + ",0.0100,0,60,6,2026-01-01,\n");
    signIn(fixtures.portalUser(admin(), p.carrier(), Role.CARRIER));
    UI.getCurrent().navigate(MyBuyRatesView.class);

    Grid<?> grid = _find(Grid.class).get(0);
    assertThat(text(grid)).contains("BuyLand-" + tag, "| 0.01 |");
    assertThat(_get(MyBuyRatesView.class).getElement().getTextRecursively() + text(grid))
        .doesNotContain("SellOnly", "0.0900", p.customer().name());

    UploadKt._upload(
        _get(Upload.class),
        "deck.csv",
        "text/csv",
        (RatingFixtures.HEADER + "99931,BuyLand-" + tag + ",0.0110,0,60,6,2026-01-01,\n")
            .getBytes(StandardCharsets.UTF_8));
    Div result = _get(Div.class, spec -> spec.withId("upload-result"));
    assertThat(result.getElement().getTextRecursively())
        .contains("Received as version 2", "1 increased", "not live yet");
    Grid<?> history = _get(Grid.class, spec -> spec.withId("rate-history"));
    assertThat(text(history)).contains("In review", "Active");
    assertThat(text(grid)).contains("| 0.01 |").doesNotContain("0.011");

    UploadKt._upload(
        _get(Upload.class),
        "broken.csv",
        "text/csv",
        (RatingFixtures.HEADER
                + "99931,Ok,0.0110,0,60,6,2026-01-01,\n"
                + "99932,Bad,-1,0,60,6,2026-01-01,\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(result.getElement().getTextRecursively())
        .contains("Not accepted", "1 row(s) are invalid");
    Grid<?> errors = _get(Grid.class, spec -> spec.withId("upload-errors"));
    List<LineError> lines = rows(errors);
    assertThat(lines).extracting(LineError::line).containsExactly(3L);
    assertThat(rows(history)).hasSize(2);
  }

  /** Every cell of every row as the grid formats it. */
  private static String text(Grid<?> grid) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < GridKt._size(grid); i++) {
      cells.addAll(GridKt._getFormattedRow(grid, i));
    }
    return String.join(" | ", cells);
  }
}
