package com.didtron.activities.home;

import com.didtron.domain.account.Account;
import com.didtron.domain.money.Money;
import com.didtron.domain.netting.NettingRequest;
import com.didtron.domain.statement.Statement;
import java.time.ZoneId;
import java.util.List;

/**
 * A carrier's home: what we owe it and what it owes us (per currency, from the ledger), its last
 * monthly statement, the netting proposals waiting for a decision and the traffic it carried for us
 * today and this month (its own leg only: never our customers, their names or sell prices).
 *
 * @param weOwe what we owe the carrier per currency (its payable sub-account), positive
 * @param theyOwe what the company owes us as a customer per currency (companies that are both)
 * @param lastStatement the carrier statement of the last full month, or null when there is none
 * @param openNetting netting proposals still waiting for a decision, newest first
 */
public record CarrierHome(
    Account account,
    ZoneId zone,
    List<Money> weOwe,
    List<Money> theyOwe,
    Statement lastStatement,
    List<NettingRequest> openNetting,
    long openNettingCount,
    Traffic today,
    Traffic month) {
  public CarrierHome {
    weOwe = List.copyOf(weOwe);
    theyOwe = List.copyOf(theyOwe);
    openNetting = List.copyOf(openNetting);
  }
}
