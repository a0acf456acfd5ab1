package com.didtron.ui.kyc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.kyc.KycReview;
import com.didtron.activities.kyc.KycReview.QueueItem;
import com.didtron.activities.kyc.KycService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.user.Role;
import com.didtron.ui.account.AccountFormView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff KYC review queue (documents, reject with a required reason) and the KYC tab of the
 * account page (state, steps with times, documents, workflow link); who may open the queue.
 */
class KycReviewViewsIT extends BrowserlessViewsIT {
  private static final byte[] PDF =
      "%PDF-1.7\n% proof of address\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @Autowired KycService kyc;
  @Autowired Fixtures fixtures;

  private void awaitState(Account account, String state) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(kyc.get(admin(), account.id()).state()).isEqualTo(state));
  }

  @SuppressWarnings("unchecked")
  private int rowOf(Grid<QueueItem> grid, Account account) {
    List<QueueItem> rows = rows(grid);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).accountId().equals(account.id().value())) {
        return i;
      }
    }
    throw new AssertionError(account.name() + " is not in the queue: " + rows);
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffSeeTheDocumentsRejectWithARequiredReasonAndTheAccountPageShowsTheSteps()
      throws Exception {
    Account account = fixtures.account(admin(), Fixtures.unique("KycReview"));
    kyc.upload(
        admin(),
        account.id(),
        KycDocument.IDENTITY,
        LocalDate.of(2026, 1, 5),
        "bill march.pdf",
        new ByteArrayInputStream(PDF));
    kyc.start(admin(), account.id(), "US");
    awaitState(account, "IN_REVIEW");

    signIn(ADMIN);
    UI.getCurrent().navigate(KycReviewView.class);
    Grid<QueueItem> grid = _get(Grid.class, spec -> spec.withClasses("dt-kyc-queue"));
    int row = rowOf(grid, account);
    QueueItem item = (QueueItem) rows(grid).get(row);
    assertThat(item.accountName()).isEqualTo(account.name());
    assertThat(item.country()).isEqualTo("US");
    assertThat(item.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo("IDENTITY");
              assertThat(d.fileName()).isEqualTo("bill march.pdf");
              assertThat(d.size()).isEqualTo(PDF.length);
            });
    Div documents = (Div) GridKt._getCellComponent(grid, row, "documents");
    assertThat(_find(documents, Anchor.class))
        .singleElement()
        .satisfies(a -> assertThat(a.getText()).contains("bill march.pdf"));

    Div decision = (Div) GridKt._getCellComponent(grid, row, "decision");
    _click(_get(decision, Button.class, spec -> spec.withClasses("dt-kyc-reject")));
    Button confirm = _get(Button.class, spec -> spec.withClasses("dt-kyc-reject-confirm"));
    TextArea reason = _get(TextArea.class, spec -> spec.withClasses("dt-kyc-reason"));
    _click(confirm);
    assertThat(reason.isInvalid()).isTrue();
    assertThat(kyc.get(admin(), account.id()).state()).isEqualTo("IN_REVIEW");

    reason.setValue("The proof of address is older than 3 months");
    _click(confirm);
    awaitState(account, "REJECTED");
    assertThat(kyc.get(admin(), account.id()).rejectReason())
        .isEqualTo("The proof of address is older than 3 months");
    _get(KycReviewView.class).refresh();
    assertThat(rows(_get(Grid.class, spec -> spec.withClasses("dt-kyc-queue"))))
        .extracting(i -> ((QueueItem) i).accountId())
        .doesNotContain(account.id().value());

    UI.getCurrent().navigate(AccountFormView.class, account.id().toString());
    _get(TabSheet.class).setSelectedIndex(2);
    assertThat(_get(Span.class, spec -> spec.withClasses("dt-kyc-state")).getText())
        .isEqualTo("REJECTED");
    List<KycReview.Step> steps = rows(_get(Grid.class, spec -> spec.withClasses("dt-kyc-steps")));
    assertThat(steps).extracting(KycReview.Step::state).contains("IN_REVIEW", "REJECTED");
    assertThat(steps.getLast().state()).isEqualTo("REJECTED");
    assertThat(steps.getLast().reason()).isEqualTo("The proof of address is older than 3 months");
    assertThat(steps).allSatisfy(s -> assertThat(s.at()).isNotNull());
    assertThat(
            _find(Anchor.class, spec -> spec.withClasses("dt-workflow-link")).stream()
                .map(Anchor::getHref)
                .toList())
        .anySatisfy(h -> assertThat(h).contains("kyc-" + account.id()));
  }

  @Test
  void customersAndAuditorsCannotOpenTheQueue() {
    Account customer = fixtures.account(admin(), Fixtures.unique("KycReviewCustomer"));
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(KycReviewView.class))
        .isInstanceOf(MockAccessDeniedException.class);
    signIn(fixtures.staffUser(admin(), Role.AUDITOR));
    assertThatThrownBy(() -> UI.getCurrent().navigate(KycReviewView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
