package com.didtron.ui.livecalls;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.livecalls.LiveCall;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.FakeSwitchRpc.Dialog;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The live calls pages of staff and customers over a switch stand-in with two customers' calls. */
class LiveCallsViewsIT extends BrowserlessViewsIT {
  private static final AtomicInteger IDS = new AtomicInteger(8000);
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired Clock clock;

  private Account customer;
  private Account other;
  private Account carrier;
  private Dialog own;
  private Dialog others;
  private FakeSwitchRpc rpc;

  @BeforeEach
  void twoCustomersCallingThroughOneCarrier() {
    customer = rating.account(admin(), Fixtures.unique("LiveView"), AccountKind.CUSTOMER, "USD");
    other = rating.account(admin(), Fixtures.unique("LiveViewOther"), AccountKind.CUSTOMER, "USD");
    carrier = rating.account(admin(), Fixtures.unique("LiveCarrier"), AccountKind.CARRIER, "USD");
    long answered = clock.instant().getEpochSecond() - 61;
    own = dialog(customer, answered);
    others = dialog(other, answered);
    rpc = FakeSwitchRpc.running(own, others);
  }

  @AfterEach
  void switchGone() {
    rpc.close();
  }

  private Dialog dialog(Account caller, long answered) {
    int n = IDS.addAndGet(2);
    return new Dialog(
        n,
        n + 1,
        "view-call-" + n,
        "caller" + n,
        "4420" + n,
        caller.id().toString(),
        "tag-" + n,
        "gw-" + carrier.name(),
        4,
        answered);
  }

  @Test
  void staffSeeEveryCallWithItsCarrierGatewayAndFilterThemByAccount() {
    signIn(ADMIN);
    UI.getCurrent().navigate(LiveCallsView.class);
    Grid<?> grid = _get(Grid.class);
    List<LiveCall> rows = rows(grid);
    assertThat(rows).extracting(LiveCall::callId).contains(own.callId(), others.callId());
    assertThat(text(grid)).contains(customer.name(), other.name(), "gw-" + carrier.name());

    _get(ComboBox.class, spec -> spec.withLabel("Account")).setValue(other);
    List<LiveCall> filtered = rows(grid);
    assertThat(filtered).extracting(LiveCall::callId).containsExactly(others.callId());
  }

  @Test
  void aCustomerSeesOnlyItsOwnCallNeverACarrierAndHangsItUpAfterConfirming() {
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    UI.getCurrent().navigate(MyLiveCallsView.class);
    Grid<?> grid = _get(Grid.class);
    List<LiveCall> rows = rows(grid);
    assertThat(rows).extracting(LiveCall::callId).containsExactly(own.callId());
    assertThat(text(grid))
        .contains(own.toUser(), "answered")
        .doesNotContain(carrier.name(), other.name(), others.toUser());

    _click((Button) GridKt._getCellComponent(grid, 0, LiveCallsPanel.HANG_UP));
    assertThat(rpc.hangUpsOf(own)).as("nothing before the confirmation").isZero();
    _click(_get(Button.class, spec -> spec.withText("Hang up now")));
    assertThat(rpc.hangUpsOf(own)).isEqualTo(1);
    assertThat(rpc.hangUpsOf(others)).isZero();
  }

  @Test
  void aCarrierOpensNeitherLiveCallsPage() {
    signIn(fixtures.portalUser(admin(), carrier, Role.CARRIER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(MyLiveCallsView.class))
        .isInstanceOf(MockAccessDeniedException.class);
    assertThatThrownBy(() -> UI.getCurrent().navigate(LiveCallsView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }

  @Test
  void aSwitchThatDoesNotAnswerIsSaidSoInsteadOfAnError() {
    rpc.close();
    signIn(ADMIN);
    UI.getCurrent().navigate(LiveCallsView.class);
    assertThat(_get(Span.class, spec -> spec.withId("live-calls-status")).getText())
        .isEqualTo("The switch does not answer: calls in progress cannot be read now");
    List<LiveCall> none = rows(_get(Grid.class));
    assertThat(none).isEmpty();
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
