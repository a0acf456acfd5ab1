package com.didtron.ui.fraud;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.fraud.FraudEvents;
import com.didtron.activities.fraud.FraudFilter;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.didtron.ui.trunk.AccountTrunksView;
import com.didtron.ui.trunk.MyTrunksView;
import com.didtron.workflows.fraud.FraudScanActivities;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The fraud events page, the account's Limits tab link, and what a blocked customer sees. */
class FraudViewsIT extends BrowserlessViewsIT {
  private static final String DECK = "44,UK,0.0600,0,1,1,2026-01-01,\n";

  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired CdrIngestService ingest;
  @Autowired FraudScanActivities scan;
  @Autowired FraudEvents events;
  @Autowired Trunks trunks;
  @Autowired TestClock clock;

  @AfterEach
  void realClockAgain() {
    clock.reset();
  }

  /** A customer 12 of whose 20 calls of the last 20 minutes lasted 3 s: blocked by the detector. */
  private RatingFixtures.Pair blockedCustomer(Instant now) {
    RatingFixtures.Pair p = rating.pair(admin(), DECK, DECK);
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 1; i <= 20; i++) {
      csv.append(Fixtures.unique("call"))
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,442071234567,")
          .append(now.minusSeconds(60L * i))
          .append(i <= 12 ? ",3\n" : ",30\n");
    }
    clock.set(now);
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    scan.scan();
    return p;
  }

  @Test
  void anAdminSeesTheEventWithItsReasonAndClearingItLiftsTheBlock() {
    RatingFixtures.Pair p = blockedCustomer(Instant.parse("2031-04-02T12:00:00Z"));
    assertThat(trunks.callBlock(admin(), p.customer().id())).isPresent();
    signIn(ADMIN);
    UI.getCurrent()
        .navigate(
            FraudEventsView.class, QueryParameters.of("account", p.customer().id().toString()));

    List<FraudEvent> rows = rows(_get(Grid.class));
    assertThat(rows)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(FraudAction.BLOCK);
              assertThat(e.reason()).contains("60% of 20 answered calls were short");
            });

    Div cell = (Div) GridKt._getCellComponent(_get(Grid.class), 0, "clear");
    _click((Button) cell.getChildren().findFirst().orElseThrow());
    _click(_get(Button.class, spec -> spec.withText("Clear event")));
    TextField note = _get(TextField.class, spec -> spec.withLabel("Note"));
    assertThat(note.isInvalid()).as("a note is required").isTrue();
    note.setValue("Test traffic of the customer's PBX");
    _click(_get(Button.class, spec -> spec.withText("Clear event")));

    assertThat(events.find(admin(), new FraudFilter(p.customer().id(), null, null, true, 10)))
        .isEmpty();
    assertThat(rows(_get(Grid.class))).as("open events only").isEmpty();
    assertThat(trunks.callBlock(admin(), p.customer().id())).isEmpty();
  }

  @Test
  void theLimitsTabLinksToTheAccountsOpenFraudEventsAndTheCustomerSeesItsBlockWithTheReason() {
    RatingFixtures.Pair p = rating.pair(admin(), DECK, DECK);
    trunks.blockCalls(admin(), p.customer().id(), "Calls to premium numbers at night");
    signIn(ADMIN);
    UI.getCurrent().navigate(AccountTrunksView.class, p.customer().id().toString());
    _get(TabSheet.class).setSelectedIndex(1);
    assertThat(_find(RouterLink.class))
        .anySatisfy(l -> assertThat(l.getText()).contains("No open fraud events"));
    assertThat(_find(Span.class))
        .anySatisfy(
            t ->
                assertThat(t.getText())
                    .startsWith("New calls blocked since")
                    .endsWith("Calls to premium numbers at night"));

    String customer = fixtures.portalUser(admin(), p.customer(), Role.CUSTOMER);
    signIn(customer);
    UI.getCurrent().navigate(MyTrunksView.class);
    assertThat(_find(Paragraph.class))
        .anySatisfy(
            t ->
                assertThat(t.getText())
                    .startsWith("New calls of your account are blocked")
                    .contains("Calls to premium numbers at night"));

    signIn(ADMIN);
    UI.getCurrent().navigate(AccountTrunksView.class, p.customer().id().toString());
    _get(TabSheet.class).setSelectedIndex(2);
    _get(TextField.class, spec -> spec.withLabel("Reason")).setValue("Customer called us");
    _click(_get(Button.class, spec -> spec.withText("Lift call block")));
    assertThat(trunks.callBlock(admin(), p.customer().id())).isEmpty();
    signIn(customer);
    UI.getCurrent().navigate(MyTrunksView.class);
    assertThat(_find(Paragraph.class))
        .noneSatisfy(t -> assertThat(t.getText()).contains("blocked"));
  }

  @Test
  void aCustomerCannotOpenTheFraudEventsPage() {
    RatingFixtures.Pair p = rating.pair(admin(), DECK, DECK);
    signIn(fixtures.portalUser(admin(), p.customer(), Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(FraudEventsView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
