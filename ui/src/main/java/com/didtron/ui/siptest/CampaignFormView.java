package com.didtron.ui.siptest;

import com.didtron.activities.siptest.CampaignChange;
import com.didtron.activities.siptest.SipCampaignService;
import com.didtron.activities.siptest.SipTarget;
import com.didtron.activities.siptest.SipTargetService;
import com.didtron.domain.siptest.CampaignDraft;
import com.didtron.domain.siptest.FieldProblem;
import com.didtron.ui.base.ActionDock;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Starts a test campaign: numbers to call, carriers to compare, how many calls and how fast. */
@Route(value = "sip-tester/new", layout = MainLayout.class)
@PageTitle("New campaign · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "ANALYST"})
public class CampaignFormView extends Div implements HasPageHeader {
  private final transient SipCampaignService campaigns;
  final TextField name = new TextField("Name");
  final TextArea destinations = new TextArea("Numbers to call");
  final MultiSelectComboBox<SipTarget> carriers = new MultiSelectComboBox<>("Carriers");
  final IntegerField callsPerPair = new IntegerField("Calls per number and carrier");
  final IntegerField concurrency = new IntegerField("Concurrent calls at most");
  final BigDecimalField cps = new BigDecimalField("New calls per second at most");
  final IntegerField hold = new IntegerField("Hold answered calls (s)");
  final IntegerField ringTimeout = new IntegerField("Cancel unanswered after (s)");
  final TextField cron = new TextField("Repeat (cron, UTC)");
  private final ActionDock dock;

  public CampaignFormView(SipCampaignService campaigns, SipTargetService targets) {
    this.campaigns = campaigns;
    Button start = new Button("Start campaign", e -> start());
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dock =
        new ActionDock(
            new Button("Cancel", e -> UI.getCurrent().navigate(SipTesterView.class)), start);
    carriers.setItems(targets.list(UiActor.current()));
    carriers.setItemLabelGenerator(t -> t.carrierName() + " (" + t.address() + ")");
    add(form(), dock);
  }

  private FormLayout form() {
    destinations.setHelperText("One number per line, digits with an optional +");
    carriers.setHelperText("Carriers with a SIP target (set on the carrier health page)");
    cron.setHelperText("Empty: run once. E.g. 0 * * * * runs hourly");
    callsPerPair.setValue(1);
    concurrency.setValue(5);
    cps.setValue(BigDecimal.ONE);
    hold.setValue(5);
    ringTimeout.setValue(60);
    FormLayout form =
        new FormLayout(
            name, carriers, destinations, callsPerPair, concurrency, cps, hold, ringTimeout, cron);
    form.setColspan(destinations, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    return form;
  }

  CampaignDraft draft() {
    return new CampaignDraft(
        name.getValue(),
        Arrays.asList(destinations.getValue().split("[\\s,;]+")),
        carriers.getValue().stream().map(SipTarget::carrierId).toList(),
        value(callsPerPair),
        value(concurrency),
        cps.getValue(),
        value(hold),
        value(ringTimeout),
        cron.getValue());
  }

  private void start() {
    switch (campaigns.start(UiActor.current(), draft())) {
      case CampaignChange.Started s -> {
        Toasts.success(
            s.campaign().name() + (s.campaign().recurring() ? " scheduled" : " started"));
        UI.getCurrent().navigate(CampaignView.class, s.campaign().id().toString());
      }
      case CampaignChange.Rejected r -> {
        List<FieldProblem> other = showProblems(r.problems());
        dock.setStatus(
            other.isEmpty() ? "Please correct the marked fields" : other.getFirst().message());
      }
    }
  }

  private List<FieldProblem> showProblems(List<FieldProblem> problems) {
    Map<String, HasValidation> fields =
        Map.of(
            "name",
            name,
            "destinations",
            destinations,
            "carriers",
            carriers,
            "callsPerPair",
            callsPerPair,
            "concurrency",
            concurrency,
            "cps",
            cps,
            "holdSeconds",
            hold,
            "ringTimeoutSeconds",
            ringTimeout,
            "cron",
            cron);
    fields.values().forEach(f -> f.setInvalid(false));
    for (FieldProblem p : problems) {
      HasValidation f = fields.get(p.field());
      if (f != null) {
        f.setErrorMessage(p.message());
        f.setInvalid(true);
      }
    }
    return problems.stream().filter(p -> !fields.containsKey(p.field())).toList();
  }

  private static int value(IntegerField f) {
    return f.getValue() == null ? -1 : f.getValue();
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("New campaign", "SIP tester", "Campaigns");
  }

  @Override
  public Class<? extends Component> navParent() {
    return SipTesterView.class;
  }
}
