package com.didtron.ui.routing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.ratedeck.OwnRate;
import com.didtron.activities.ratedeck.OwnRateFilter;
import com.didtron.activities.ratedeck.OwnRates;
import com.didtron.activities.ratedeck.RateSheet;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.user.Role;
import com.didtron.rating.plan.PlanRule;
import com.didtron.ui.ratedeck.MyRatesView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The compiled routes page of staff and the "My rates" page of customers. */
class CompiledRoutesAndRatesViewsIT extends BrowserlessViewsIT {
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired OwnRates ownRates;

  @Test
  void staffSeeTheCompiledPlanWithCarriersInOrderAndWhichRuleANumberUses() {
    String tag = Fixtures.unique("Plan");
    RatingFixtures.Pair p =
        rating.pair(
            admin(),
            "99661,PlanLand-" + tag + ",0.05,0,60,6,2026-01-01,\n",
            "99661,PlanLand,0.01,0,60,6,2026-01-01,\n");
    signIn(ADMIN);
    UI.getCurrent().navigate(CompiledRoutesView.class);
    _get(ComboBox.class, spec -> spec.withLabel("Customer")).setValue(p.customer());

    Grid<?> grid = _find(Grid.class).get(0);
    List<PlanRule> rules = rows(grid);
    PlanRule rule =
        rules.stream().filter(r -> r.prefix().equals("99661")).findFirst().orElseThrow();
    assertThat(rule.carriers().get(0).carrierName()).isEqualTo(p.carrier().name());
    assertThat(text(grid)).contains(p.carrier().name());
    assertThat(_get(Span.class, spec -> spec.withId("plan-summary")).getText())
        .startsWith(p.customer().name() + " · STANDARD: ")
        .contains("fingerprint ")
        .contains("no version stored yet");

    _get(TextField.class, spec -> spec.withLabel("Test a number")).setValue("+99661123");
    _click(_get(Button.class, spec -> spec.withText("Find rule")));
    assertThat(_get(Span.class, spec -> spec.withId("plan-rule")).getText())
        .isEqualTo("The switch uses rule 99661 for 99661123 → " + p.carrier().name());
  }

  @Test
  void aCustomerSeesItsOwnRatesButNoOtherCustomersRatesNorAnyCarrier() {
    String tag = Fixtures.unique("Rates");
    RatingFixtures.Pair mine =
        rating.pair(
            admin(),
            "99771,MineLand-"
                + tag
                + ",0.0512,0,60,6,2026-01-01,\n"
                + "99772,MineMobile-"
                + tag
                + ",0.0833,0,30,6,2026-01-01,\n",
            "99771,Supplier-" + tag + ",0.0101,0,60,6,2026-01-01,\n");
    RatingFixtures.Pair theirs =
        rating.pair(
            admin(),
            "99781,TheirLand-" + tag + ",0.0999,0,60,6,2026-01-01,\n",
            "99781,Supplier,0.0102,0,60,6,2026-01-01,\n");
    String email = fixtures.portalUser(admin(), mine.customer(), Role.CUSTOMER);
    signIn(email);
    UI.getCurrent().navigate(MyRatesView.class);

    Grid<?> grid = _find(Grid.class).get(0);
    List<OwnRate> rows = rows(grid);
    assertThat(rows).extracting(OwnRate::prefix).containsExactly("99771", "99772");
    String shown = text(grid) + UI.getCurrent().getElement().getTextRecursively();
    assertThat(shown)
        .contains("MineLand-" + tag, "0.0833", "30/6")
        .doesNotContain("TheirLand", "Supplier", mine.carrier().name(), theirs.carrier().name());

    _get(TextField.class, spec -> spec.withPlaceholder("Prefix, e.g. 4420")).setValue("99772");
    List<OwnRate> found = rows(grid);
    assertThat(found).extracting(OwnRate::prefix).containsExactly("99772");

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ownRates.export(actorOf(email), null, OwnRateFilter.current(), RateSheet.CSV, csv);
    assertThat(csv.toString(StandardCharsets.UTF_8))
        .contains("99771", "99772")
        .doesNotContain("99781", "Supplier");
  }

  @Test
  void aCustomerWithoutActiveRatesIsToldSoAndNeitherPortalOpensTheCompiledRoutes() {
    Account fresh =
        rating.account(admin(), Fixtures.unique("NoRates"), AccountKind.CUSTOMER, "USD");
    signIn(fixtures.portalUser(admin(), fresh, Role.CUSTOMER));
    UI.getCurrent().navigate(MyRatesView.class);
    assertThat(_get(Paragraph.class).getText()).startsWith("You have no active rates yet");
    assertThatThrownBy(() -> UI.getCurrent().navigate(CompiledRoutesView.class))
        .isInstanceOf(MockAccessDeniedException.class);

    Account carrier =
        rating.account(admin(), Fixtures.unique("NoPlan"), AccountKind.CARRIER, "USD");
    signIn(fixtures.portalUser(admin(), carrier, Role.CARRIER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(MyRatesView.class))
        .isInstanceOf(MockAccessDeniedException.class);
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
