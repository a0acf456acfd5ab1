package com.didtron.ui.siptest;

import static com.didtron.activities.db.Tables.SIP_ALERT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.siptest.Campaign;
import com.didtron.activities.siptest.CarrierStatus;
import com.didtron.activities.siptest.SipAlert;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.activities.siptest.SipTarget;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.SipFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.siptest.SipAlertStatus;
import com.didtron.domain.siptest.SipRunStatus;
import com.didtron.domain.user.Role;
import com.didtron.sip.sipp.SippPeer;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SIP tester pages, browserless, over the real services, database, Temporal and SIPp carriers.
 */
class SipTesterViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired SipFixtures sip;
  @Autowired SipCampaignService campaigns;
  @Autowired SipTargetService targets;
  @Autowired DSLContext db;

  @Test
  @SuppressWarnings("unchecked")
  void aTesterStartsACampaignFromTheFormAndWatchesItsProgressResultsAndCharts() {
    try (SippPeer peer =
        SippPeer.scenario("uas-answer.xml")
            .set("ring_ms", 100)
            .set("answer_ms", 100)
            .rtpEcho()
            .start()) {
      Account carrier = sip.carrier(admin(), "Form carrier", peer, null);
      SipTarget target = targets.find(admin(), carrier.id().value()).orElseThrow();
      signIn(ADMIN);
      UI.getCurrent().navigate(CampaignFormView.class);
      String name = Fixtures.unique("From the form");
      _get(TextField.class, spec -> spec.withLabel("Name")).setValue(name);
      _get(TextArea.class, spec -> spec.withLabel("Numbers to call")).setValue("4420\n4421");
      ((MultiSelectComboBox<SipTarget>) _get(MultiSelectComboBox.class)).setValue(Set.of(target));
      _get(IntegerField.class, spec -> spec.withLabel("Hold answered calls (s)")).setValue(1);
      _click(_get(Button.class, spec -> spec.withText("Start campaign")));

      assertThat(_find(CampaignView.class)).hasSize(1);
      Campaign c =
          campaigns.campaigns(admin(), PageRequest.first(50)).rows().stream()
              .filter(x -> x.name().equals(name))
              .findFirst()
              .orElseThrow();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> campaigns.get(admin(), c.id()).status() == SipRunStatus.COMPLETED);
      ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

      assertThat(_find(Span.class, spec -> spec.withText("2 / 2"))).as("live progress").hasSize(1);
      assertThat(_find(Span.class, spec -> spec.withText("COMPLETED"))).hasSize(1);
      Grid<?> comparison =
          _find(Grid.class).stream()
              .filter(g -> g.getClass().getSimpleName().equals("CarrierComparisonGrid"))
              .findFirst()
              .orElseThrow();
      assertThat(GridKt._size(comparison)).isEqualTo(3);
      _get(TabSheet.class).setSelectedIndex(2);
      assertThat(_find(Div.class, spec -> spec.withClasses("dt-chart-box")))
          .hasSize(2)
          .allSatisfy(
              d -> assertThat(d.getElement().getProperty("innerHTML")).contains("polyline"));

      UI.getCurrent().navigate(SipTesterView.class);
      assertThat(GridKt._size(_get(Grid.class))).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void theFormMarksEveryProblemAtItsField() {
    signIn(ADMIN);
    UI.getCurrent().navigate(CampaignFormView.class);
    _click(_get(Button.class, spec -> spec.withText("Start campaign")));
    assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isInvalid()).isTrue();
    assertThat(_get(TextArea.class, spec -> spec.withLabel("Numbers to call")).getErrorMessage())
        .isEqualTo("Enter at least one number to call");
    assertThat(_get(MultiSelectComboBox.class).isInvalid()).isTrue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTesterSetsACarriersSipTargetOnTheHealthPage() {
    Account carrier = sip.carrier(admin(), "Target-less", 5060, null, false);
    signIn(ADMIN);
    UI.getCurrent().navigate(CarrierHealthView.class);
    _click(_get(Button.class, spec -> spec.withText("Set SIP target")));
    ComboBox<Account> carriers = _get(ComboBox.class, spec -> spec.withLabel("Carrier"));
    carriers.setValue(carrier);
    _get(TextField.class, spec -> spec.withLabel("SIP host"))
        .setValue(
            "localhost"); // must resolve, and to an allow-listed range (didtron.outbound.allow)
    _get(IntegerField.class, spec -> spec.withLabel("Port")).setValue(5080);
    _get(TextField.class, spec -> spec.withLabel("Probe number (optional)")).setValue("+4420");
    _click(_get(Button.class, spec -> spec.withText("Save")));

    Grid<CarrierStatus> grid = _get(Grid.class);
    assertThat(GridKt._findAll(grid))
        .anySatisfy(
            s -> {
              assertThat(s.carrierId()).isEqualTo(carrier.id().value());
              assertThat(s.address()).isEqualTo("localhost:5080");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAlertListFiltersOpenAlerts() {
    Account carrier = sip.carrier(admin(), "Alerted", 5060, null, false);
    UUID open = alert(carrier, SipAlertStatus.OPEN);
    UUID cleared = alert(carrier, SipAlertStatus.CLEARED);
    signIn(ADMIN);
    UI.getCurrent().navigate(SipAlertsView.class);
    _get(Checkbox.class, spec -> spec.withLabel("Open alerts only")).setValue(true);
    Grid<SipAlert> grid = _get(Grid.class);
    assertThat(GridKt._findAll(grid))
        .extracting(SipAlert::id)
        .contains(open)
        .doesNotContain(cleared);
  }

  private UUID alert(Account carrier, SipAlertStatus status) {
    UUID id = UUID.randomUUID();
    db.insertInto(SIP_ALERT)
        .set(SIP_ALERT.ID, id)
        .set(SIP_ALERT.TENANT_ID, carrier.tenantId().value())
        .set(SIP_ALERT.CARRIER_ID, carrier.id().value())
        .set(SIP_ALERT.KIND, status == SipAlertStatus.OPEN ? "PDD_HIGH" : "ASR_LOW")
        .set(SIP_ALERT.SEVERITY, "MINOR")
        .set(SIP_ALERT.STATUS, status)
        .set(SIP_ALERT.PENALTY_BOX, false)
        .set(SIP_ALERT.RULE, "PDD p95 over 5 s over the last 50 calls")
        .set(SIP_ALERT.VALUE, new BigDecimal("6100"))
        .set(SIP_ALERT.RAISED_AT, Instant.now())
        .execute();
    return id;
  }

  @Test
  void aCustomerCannotOpenTheSipTester() {
    Account own = fixtures.account(admin(), Fixtures.unique("Own"));
    signIn(fixtures.portalUser(admin(), own, Role.CUSTOMER));
    for (Class<? extends Component> view :
        List.of(
            SipTesterView.class,
            CampaignFormView.class,
            CarrierHealthView.class,
            SipAlertsView.class)) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(view))
          .isInstanceOf(MockAccessDeniedException.class);
    }
  }
}
