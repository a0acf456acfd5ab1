package com.didtron.activities.netting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.PdfText;
import com.didtron.activities.testing.SettlementFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ledger.LedgerPurpose;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.netting.NettingStatus;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.usage.UsageCharge.Leg;
import com.didtron.domain.user.Role;
import com.didtron.workflows.TaskQueues;
import com.didtron.workflows.netting.NettingWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Netting of a company that is both customer and carrier, through the scheduled workflow. */
class NettingIT extends ActivitiesIT {
  @Autowired SettlementFixtures settle;
  @Autowired LedgerFixtures money;
  @Autowired Fixtures fixtures;
  @Autowired NettingService netting;
  @Autowired DisputeService disputes;
  @Autowired Ledger ledger;
  @Autowired WorkflowClient client;

  private int runNetting() {
    return client
        .newWorkflowStub(
            NettingWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.PLATFORM)
                .setWorkflowId("netting-it-" + UUID.randomUUID())
                .build())
        .propose();
  }

  private List<NettingRequest> requestsOf(Account a) {
    return netting.find(admin(), null, new PageRequest(0, 500)).rows().stream()
        .filter(r -> r.accountId().equals(a.id()))
        .toList();
  }

  private Money balance(Account a, LedgerPurpose side) {
    return ledger.balance(
        ledger.chart().findParty(a.tenantId(), side, a.id()).orElseThrow().id(), a.currency());
  }

  private Account both(String customerOwes, String weOwe) {
    Account a = money.account(AccountKind.BOTH, BillingMode.POSTPAID, "USD", "1000", null);
    settle.usage(a, Leg.CUSTOMER, customerOwes, 50, 3000);
    settle.usage(a, Leg.CARRIER, weOwe, 70, 4200);
    return a;
  }

  @Test
  void theWorkedExampleOffsets105LeavingUsOwing35AndTheCustomerNothing() throws Exception {
    Account a = both("105", "140");
    assertThat(runNetting()).isGreaterThanOrEqualTo(1);
    assertThat(requestsOf(a)).hasSize(1);
    NettingRequest proposal = requestsOf(a).get(0);
    assertThat(proposal.offset().amount()).isEqualByComparingTo("105");
    assertThat(proposal.customerOwes().amount()).isEqualByComparingTo("105");
    assertThat(proposal.weOwe().amount()).isEqualByComparingTo("140");
    assertThat(proposal.threshold().amount()).isEqualByComparingTo("100");

    Actor finance = actorOf(fixtures.staffUser(admin(), Role.FINANCE));
    NettingRequest approved = netting.approve(finance, proposal.id(), null);

    assertThat(approved.status()).isEqualTo(NettingStatus.APPROVED);
    assertThat(approved.number()).matches("NET-\\d{6}");
    assertThat(balance(a, LedgerPurpose.CUSTOMER_BALANCE)).isEqualTo(Money.of("0", "USD"));
    assertThat(balance(a, LedgerPurpose.CARRIER_PAYABLE)).isEqualTo(Money.of("-35", "USD"));
    assertThat(
            ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.NETTING, proposal.id())))
        .hasSize(1);
    String pdf = PdfText.of(netting.pdf(finance, proposal.id()).orElseThrow());
    assertThat(pdf)
        .contains("Netting statement " + approved.number())
        .contains("105.00")
        .contains("35.00");
    runNetting();
    assertThat(requestsOf(a)).hasSize(1);
  }

  @Test
  void openDisputesAreHeldOutUntilClosed() {
    Account a = both("150", "140");
    var dispute =
        disputes.open(
            admin(), a.id(), a.currency(), new BigDecimal("45"), "minutes billed twice", null);
    runNetting();
    assertThat(requestsOf(a)).isEmpty();
    disputes.close(admin(), dispute.id(), "carrier issued a credit");
    runNetting();
    assertThat(requestsOf(a))
        .singleElement()
        .satisfies(r -> assertThat(r.offset().amount()).isEqualByComparingTo("140"));
  }

  @Test
  void aRejectedProposalPostsNothingAndOnlyFinanceDecides() {
    Account a = both("120", "130");
    runNetting();
    NettingRequest proposal = requestsOf(a).get(0);
    Actor carrierUser = actorOf(fixtures.portalUser(admin(), a, Role.CARRIER));
    assertThat(netting.find(carrierUser, null, new PageRequest(0, 10)).rows())
        .extracting(NettingRequest::id)
        .containsExactly(proposal.id());
    assertThatThrownBy(() -> netting.approve(carrierUser, proposal.id(), null))
        .hasMessageContaining("finance");
    assertThatThrownBy(() -> netting.reject(admin(), proposal.id(), ""))
        .hasMessageContaining("Say why");
    assertThat(netting.reject(admin(), proposal.id(), "settle by wire instead").status())
        .isEqualTo(NettingStatus.REJECTED);
    assertThat(
            ledger.entriesBySource(a.tenantId(), SourceRef.of(SourceType.NETTING, proposal.id())))
        .isEmpty();
    assertThatThrownBy(() -> netting.approve(admin(), proposal.id(), null))
        .hasMessageContaining("rejected already");
  }

  @Test
  void approvalIsRefusedWhenTheBalancesNoLongerCoverTheOffset() {
    Account a = both("300", "200");
    runNetting();
    NettingRequest proposal = requestsOf(a).get(0);
    assertThat(proposal.offset().amount()).isEqualByComparingTo("200");
    settle.usage(a, Leg.CARRIER, "-150", 0, 0); // a carrier credit arrives meanwhile
    assertThatThrownBy(() -> netting.approve(admin(), proposal.id(), null))
        .hasMessageContaining("only 50 USD can be netted now");
  }
}
