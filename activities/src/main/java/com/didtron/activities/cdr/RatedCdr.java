package com.didtron.activities.cdr;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.engine.RatedCall;
import java.util.UUID;

/**
 * A CDR with its accounts resolved and its rating, ready to store.
 *
 * @param line the file line (null when re-rated)
 * @param accountId the customer account the CDR names, if known
 * @param carrierId the carrier it names, if known
 * @param sellCurrency currency of the sell deck used (rated CDRs)
 * @param buyCurrency currency of the buy deck used (rated CDRs)
 */
record RatedCdr(
    Long line,
    Cdr cdr,
    UUID accountId,
    UUID carrierId,
    RatedCall rating,
    CurrencyCode sellCurrency,
    CurrencyCode buyCurrency) {}
