package com.didtron.activities.creditcontrol;

import com.didtron.activities.Facade;
import java.util.Collection;

/**
 * Told after commit that the switch CDRs of these calls (SIP Call-IDs, as the switch's {@code
 * acc_cdrs.callid}) have been rated and their charges posted to the ledger. Credit control then
 * drops the calls' reservations together with reading the balance that now contains the charges.
 * The CDR pull calls it once per committed batch; unknown call ids are ignored.
 */
@Facade
public interface SwitchCdrsCharged {
  void charged(Collection<String> callIds);
}
