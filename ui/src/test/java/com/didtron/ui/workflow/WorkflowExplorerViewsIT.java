package com.didtron.ui.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.creditnote.CreditNoteService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.activities.user.UserDraft;
import com.didtron.activities.user.UserService;
import com.didtron.activities.workflowindex.WorkflowHistories;
import com.didtron.activities.workflowindex.WorkflowIndex;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.CreditNote;
import com.didtron.domain.invoicing.CreditNoteStatus;
import com.didtron.domain.invoicing.Invoice;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.TimelineEntry;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.testsupport.TestClock;
import com.didtron.ui.invoicing.CreditNotesView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.didtron.workflows.cdr.CdrInboxWorkflow;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workflow explorer: an auditor lists its tenant's runs, reads a run as a timeline (activities,
 * the approval signal with its sender), exports it as JSON and follows links between the credit
 * note and its run; an auditor of another tenant reads none of it.
 */
class WorkflowExplorerViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired LedgerFixtures money;
  @Autowired SettlementFixtures settle;
  @Autowired TestClock clock;
  @Autowired CreditNoteService notes;
  @Autowired UserService users;
  @Autowired WorkflowIndex index;
  @Autowired WorkflowHistories histories;

  private CreditNote note;
  private WorkflowRun run;
  private String finance;
  private String auditor;
  private String foreignAuditor;

  @BeforeEach
  void anApprovedCreditNoteAndAuditorsOfTwoTenants() {
    Account a = money.account(AccountKind.CUSTOMER, BillingMode.POSTPAID, "USD", "1000", null);
    settle.billing(a, BillingCycle.MONTHLY, "20");
    clock.set("2025-07-10T10:00:00Z");
    settle.usage(a, Leg.CUSTOMER, "100", 100, 6000);
    clock.reset();
    Invoice invoice = settle.invoice(a, "2025-07");
    note =
        SettlementFixtures.created(
            notes.create(admin(), invoice.id(), new BigDecimal("12"), "Explorer story"));
    finance = fixtures.staffUser(admin(), Role.FINANCE);
    notes.approve(actorOf(finance), note.id(), "checked");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> notes.get(admin(), note.id()).status() == CreditNoteStatus.APPROVED);
    run =
        index
            .search(
                admin(),
                new WorkflowIndex.Query(null, note.workflowId(), null, null, null),
                PageRequest.first(5))
            .rows()
            .getFirst();
    auditor = fixtures.staffUser(admin(), Role.AUDITOR);
    TenantId other = fixtures.tenant(Fixtures.unique("brand").toLowerCase());
    foreignAuditor = Fixtures.unique("auditor") + "@example.test";
    users.create(
        admin().inTenant(other),
        new UserDraft(foreignAuditor, "Other auditor", Set.of(Role.AUDITOR), null));
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  private static RouteParameters runOf(WorkflowRun r) {
    return new RouteParameters(Map.of("workflowId", r.workflowId(), "runId", r.runId()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAuditorFindsTheRunByBusinessKeyAndReadsItsTimelineWithTheApproverNamed() {
    signIn(auditor);
    UI.getCurrent()
        .navigate("workflows", QueryParameters.of(WorkflowsView.QUERY, note.workflowId()));
    List<WorkflowRun> listed = rows(_get(Grid.class));
    assertThat(listed).extracting(WorkflowRun::workflowId).containsExactly(note.workflowId());
    assertThat(listed.getFirst().workflowType()).isEqualTo("CreditNoteWorkflow");

    _get(ComboBox.class, spec -> spec.withLabel("Type")).setValue("CreditNoteWorkflow");
    assertThat(rows(_get(Grid.class)))
        .extracting(r -> ((WorkflowRun) r).workflowId())
        .containsExactly(note.workflowId());
    _get(Select.class, spec -> spec.withLabel("Status")).setValue("FAILED");
    assertThat(rows(_get(Grid.class))).isEmpty();
    _get(Select.class, spec -> spec.withLabel("Status")).setValue(null);
    _get(DatePicker.class, spec -> spec.withLabel("Started until"))
        .setValue(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    assertThat(rows(_get(Grid.class))).isEmpty();
    _get(DatePicker.class, spec -> spec.withLabel("Started until"))
        .setValue(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    assertThat(rows(_get(Grid.class))).hasSize(1);

    UI.getCurrent().navigate(WorkflowRunView.class, runOf(run));
    List<TimelineEntry> timeline = rows(_get(Grid.class));
    assertThat(timeline)
        .extracting(TimelineEntry::title)
        .contains(
            "Workflow CreditNoteWorkflow started",
            "Signal approve from " + finance,
            "Workflow completed")
        .anySatisfy(t -> assertThat(t).startsWith("Activity ").endsWith(" completed"));
    assertThat(_find(Anchor.class, spec -> spec.withText("Open record")))
        .singleElement()
        .satisfies(link -> assertThat(link.getHref()).isEqualTo("credit-notes"));
  }

  @Test
  void theJsonExportHoldsTheRunTheTimelineAndTemporalsHistory() {
    signIn(auditor);
    UI.getCurrent().navigate(WorkflowRunView.class, runOf(run));
    Anchor export = _get(Anchor.class, spec -> spec.withText("Export JSON"));
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(new String(DownloadKt._download(export), StandardCharsets.UTF_8));
    assertThat(json.get("workflowId").asString()).isEqualTo(note.workflowId());
    assertThat(json.get("runId").asString()).isEqualTo(run.runId());
    assertThat(json.get("workflowType").asString()).isEqualTo("CreditNoteWorkflow");
    assertThat(texts(json.get("timeline"), "title"))
        .contains("Signal approve from " + finance, "Workflow completed");
    assertThat(
            texts(json.get("temporalHistory").get("events"), "eventType").stream()
                .map(t -> t.replace("_", "").toUpperCase(Locale.ROOT))
                .toList())
        .anySatisfy(t -> assertThat(t).endsWith("WORKFLOWEXECUTIONSTARTED"))
        .anySatisfy(t -> assertThat(t).endsWith("WORKFLOWEXECUTIONSIGNALED"));
  }

  @Test
  void theCreditNoteLinksToItsRunsForAuditors() {
    signIn(auditor);
    UI.getCurrent().navigate(CreditNotesView.class);
    Grid<CreditNote> grid = _get(Grid.class);
    List<CreditNote> shown = rows(grid);
    int row = shown.stream().map(CreditNote::id).toList().indexOf(note.id());
    Anchor link = (Anchor) GridKt._getCellComponent(grid, row, "workflow");
    assertThat(link.getHref()).isEqualTo("workflows?q=" + note.workflowId());
  }

  @Test
  void anAuditorOfAnotherTenantNeitherListsNorReadsTheRun() {
    assertThatThrownBy(
            () -> histories.history(actorOf(foreignAuditor), run.workflowId(), run.runId()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such workflow run");
    assertThat(
            index
                .search(actorOf(foreignAuditor), WorkflowIndex.Query.ALL, PageRequest.first(500))
                .rows())
        .extracting(WorkflowRun::workflowId)
        .doesNotContain(run.workflowId());

    signIn(foreignAuditor);
    UI.getCurrent().navigate(WorkflowRunView.class, runOf(run));
    assertThat(_get(Paragraph.class).getText()).isEqualTo("No such workflow run");
    assertThat(_find(Anchor.class, spec -> spec.withText("Export JSON"))).isEmpty();
  }

  @Test
  void platformRunsAreForSuperAdminsAndTheExplorerIsClosedToOtherStaff() {
    WorkflowRun purge =
        index
            .search(
                admin(),
                new WorkflowIndex.Query(null, CdrInboxWorkflow.SCHEDULED_ID, null, null, null),
                PageRequest.first(500))
            .rows()
            .stream()
            .filter(r -> r.workflowId().equals(CdrInboxWorkflow.SCHEDULED_ID))
            .findFirst()
            .orElseThrow();
    Actor tenantAuditor = actorOf(auditor);
    assertThatThrownBy(() -> histories.history(tenantAuditor, purge.workflowId(), purge.runId()))
        .isInstanceOf(AccessDenied.class);
    assertThat(index.search(tenantAuditor, WorkflowIndex.Query.ALL, PageRequest.first(500)).rows())
        .extracting(WorkflowRun::workflowId)
        .doesNotContain(purge.workflowId())
        .contains(run.workflowId());
    assertThat(histories.history(admin(), purge.workflowId(), purge.runId()).run().workflowType())
        .isEqualTo("CdrInboxWorkflow");

    signIn(finance);
    assertThatThrownBy(() -> UI.getCurrent().navigate(WorkflowsView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
