package com.didtron.activities.home;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import java.util.List;

/**
 * A staff member's home for its tenant. Each part is null when the member's roles may not open the
 * page it stands for (money of the traffic: the CDR page's roles; approvals: the deciding pages'
 * roles; switch sync; workflows: auditors and super admins).
 *
 * @param baseCurrency the tenant's base currency (what "nothing" reads in)
 * @param todayUtc the tenant's calls today (UTC): counts and minutes for every staff role
 * @param money revenue, cost and margin of today's calls, or null
 * @param customers live customer accounts (customers and companies that are both)
 * @param carriers live carrier accounts (carriers and companies that are both)
 * @param lowBalances customers whose available funds are at or below the low threshold, lowest
 *     first (at most {@link HomeService#LISTED}), or null
 * @param lowBalanceCount how many customers are low in all
 * @param approvals what waits for a decision, or null when none of its parts is for this member
 * @param sync the switch sync's failed and pending objects, or null
 * @param failedWorkflows workflow runs failed, timed out or lost in the last 7 days, or null
 */
public record StaffHome(
    CurrencyCode baseCurrency,
    Traffic todayUtc,
    TrafficMoney money,
    long customers,
    long carriers,
    List<LowBalance> lowBalances,
    long lowBalanceCount,
    Approvals approvals,
    SyncCounts sync,
    Long failedWorkflows) {

  /** What today's calls came to, per currency. */
  public record TrafficMoney(List<Money> revenue, List<Money> cost, List<Money> margin) {
    public TrafficMoney {
      revenue = List.copyOf(revenue);
      cost = List.copyOf(cost);
      margin = List.copyOf(margin);
    }
  }

  /**
   * A customer low on funds.
   *
   * @param funds its balance (positive: prepaid funds; negative: owes us)
   * @param available funds plus its credit limit when postpaid
   */
  public record LowBalance(AccountId account, String name, Money funds, Money available) {}

  /** Items waiting for a decision; a null count is a queue this member does not decide. */
  public record Approvals(Long nettingProposals, Long creditNotes, Long kycReviews, Long signups) {}

  /** Objects a switch refused (failed) or has not taken yet (pending), counted up to a cap. */
  public record SyncCounts(int failed, int pending, int cap) {}
}
