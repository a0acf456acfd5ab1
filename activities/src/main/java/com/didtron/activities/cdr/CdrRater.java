package com.didtron.activities.cdr;

import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.RatedCall;
import com.didtron.rating.engine.Rater;
import com.didtron.rating.engine.RatingDecks;
import java.util.UUID;

/** Rates one CDR with the platform's active decks: accounts resolved by name or id first. */
final class CdrRater {
  private CdrRater() {}

  static RatedCdr rate(Long line, Cdr cdr, AccountDirectory accounts, RatingDecks decks) {
    UUID account = accounts.resolve(cdr.account());
    if (InboundRates.isInbound(cdr)) {
      return InboundRates.rate(line, cdr, account);
    }
    UUID carrier = accounts.resolve(cdr.carrier());
    CompiledDeck sell = account == null ? null : decks.sellDeck(account.toString());
    CompiledDeck buy = carrier == null ? null : decks.buyDeck(carrier.toString());
    RatedCall rating = Rater.rate(cdr, sell, buy);
    return new RatedCdr(
        line,
        cdr,
        account,
        carrier,
        rating,
        sell == null ? null : sell.currency(),
        buy == null ? null : buy.currency());
  }
}
