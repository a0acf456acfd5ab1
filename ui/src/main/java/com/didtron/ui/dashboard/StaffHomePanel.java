package com.didtron.ui.dashboard;

import static com.didtron.ui.dashboard.HomeCards.amounts;
import static com.didtron.ui.dashboard.HomeCards.calls;
import static com.didtron.ui.dashboard.HomeCards.card;
import static com.didtron.ui.dashboard.HomeCards.cards;
import static com.didtron.ui.dashboard.HomeCards.linked;
import static com.didtron.ui.dashboard.HomeCards.section;

import com.didtron.activities.home.StaffHome;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.ui.account.AccountsView;
import com.didtron.ui.base.Amounts;
import com.didtron.ui.base.Card;
import com.didtron.ui.cdr.CdrsView;
import com.didtron.ui.invoicing.CreditNotesView;
import com.didtron.ui.kyc.KycReviewView;
import com.didtron.ui.netting.NettingView;
import com.didtron.ui.signup.SignupsView;
import com.didtron.ui.switchsync.SwitchSyncView;
import com.didtron.ui.workflow.WorkflowsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A staff member's home for its tenant: today's traffic (money for the CDR page's roles), customers
 * low on funds, what waits for a decision, switch sync and failed workflows — each part only when
 * the member may open the page it links to.
 */
final class StaffHomePanel extends Div {
  StaffHomePanel(StaffHome h) {
    CurrencyCode base = h.baseCurrency();
    addClassName("dt-home-staff");
    add(traffic(h, base), accounts(h, base));
    Div work = cards();
    approvals(h.approvals(), work);
    if (h.sync() != null) {
      work.add(sync(h.sync()));
    }
    if (h.failedWorkflows() != null) {
      work.add(
          linked(
              card(
                      "Failed workflows",
                      String.valueOf(h.failedWorkflows()),
                      "failed, timed out or lost · last 7 days")
                  .status(h.failedWorkflows() == 0),
              "Workflows",
              WorkflowsView.class));
    }
    if (work.getChildren().findAny().isPresent()) {
      add(section("Waiting for you", work));
    }
  }

  private static Div traffic(StaffHome h, CurrencyCode base) {
    Div row = cards();
    Card calls = card("Calls", String.valueOf(h.todayUtc().calls()), calls(h.todayUtc()));
    row.add(
        h.money() == null ? calls : linked(calls, "CDRs", CdrsView.class),
        card("Minutes", String.valueOf(h.todayUtc().minutes()), "billable, customer side"));
    if (h.money() != null) {
      row.add(
          card("Revenue", amounts(h.money().revenue(), base), "charged to customers"),
          card("Cost", amounts(h.money().cost(), base), "charged by carriers"),
          card("Margin", amounts(h.money().margin(), base), "revenue − cost"));
    }
    return section("Today (UTC)", row);
  }

  private static Div accounts(StaffHome h, CurrencyCode base) {
    Div row =
        cards(
            linked(
                card("Customers", String.valueOf(h.customers()), "live accounts buying from you"),
                "Accounts",
                AccountsView.class),
            card("Carriers", String.valueOf(h.carriers()), "live accounts you buy from"),
            card(
                    "Low or negative balances",
                    String.valueOf(h.lowBalanceCount()),
                    "customers with little or nothing available")
                .status(h.lowBalanceCount() == 0));
    Div section = section("Accounts", row);
    if (!h.lowBalances().isEmpty()) {
      UnorderedList list = new UnorderedList();
      list.addClassName("dt-home-low-list");
      h.lowBalances()
          .forEach(
              l ->
                  list.add(
                      new ListItem(
                          l.name()
                              + ": balance "
                              + Amounts.format(l.funds())
                              + ", available "
                              + Amounts.format(l.available()))));
      section.add(list);
      if (h.lowBalanceCount() > h.lowBalances().size()) {
        section.add(
            new Paragraph(
                "and " + (h.lowBalanceCount() - h.lowBalances().size()) + " more (see Accounts)"));
      }
    }
    return section;
  }

  private static void approvals(StaffHome.Approvals a, Div work) {
    if (a == null) {
      return;
    }
    if (a.nettingProposals() != null) {
      work.add(queue("Netting proposals", a.nettingProposals(), NettingView.class));
    }
    if (a.creditNotes() != null) {
      work.add(queue("Credit notes to decide", a.creditNotes(), CreditNotesView.class));
    }
    if (a.kycReviews() != null) {
      work.add(queue("KYC reviews", a.kycReviews(), KycReviewView.class));
    }
    if (a.signups() != null) {
      work.add(queue("Sign-ups to approve", a.signups(), SignupsView.class));
    }
  }

  private static Component queue(String label, long n, Class<? extends Component> page) {
    return linked(
        card(label, String.valueOf(n), n == 0 ? "nothing waiting" : "waiting"), "Open", page);
  }

  private static Component sync(StaffHome.SyncCounts s) {
    String failed = s.failed() >= s.cap() ? s.cap() + "+" : String.valueOf(s.failed());
    String pending = s.pending() >= s.cap() ? s.cap() + "+" : String.valueOf(s.pending());
    return linked(
        card("Switch sync", failed + " failed", pending + " pending").status(s.failed() == 0),
        "Switch sync",
        SwitchSyncView.class);
  }
}
