package com.didtron.activities.creditcontrol;

import com.didtron.activities.creditcontrol.Standings.Profile;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.credit.CallRate;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Refusal;
import com.didtron.rating.engine.CompiledDeck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A number's sell rate for credit control, in the account's currency: the active sell deck's entry
 * ({@link ActiveDecks}, in memory), converted at {@link DeckFx}'s in-memory rate when the deck is
 * priced in another currency. No database access.
 */
@Component
class SellRates {
  private final ActiveDecks decks;
  private final DeckFx fx;

  SellRates(ActiveDecks decks, DeckFx fx) {
    this.decks = decks;
    this.fx = fx;
  }

  /** A rate (null: none for the number), or a refusal when no exchange rate is known. */
  record Priced(CallRate rate, Refuse refusal) {}

  Priced of(AccountId account, Profile profile, String digits, Instant now) {
    CompiledDeck deck = decks.decks().sellDeck(account.toString());
    int e = deck == null ? CompiledDeck.NO_MATCH : deck.find(digits, now);
    if (e == CompiledDeck.NO_MATCH) {
      return new Priced(null, null);
    }
    CallRate rate = CallRate.of(deck, e);
    if (deck.currency() == null) {
      return new Priced(rate, null);
    }
    Optional<BigDecimal> toAccount = fx.rate(profile.tenant(), deck.currency(), profile.currency());
    return toAccount
        .map(r -> new Priced(rate.converted(r), null))
        .orElseGet(
            () ->
                new Priced(
                    null,
                    new Refuse(
                        Refusal.NO_FX_RATE,
                        "no exchange rate from " + deck.currency() + " to " + profile.currency())));
  }

  /** {@code amount} of {@code currency} in the account's; as it is when no rate is known. */
  BigDecimal inAccountCurrency(Profile profile, CurrencyCode currency, BigDecimal amount) {
    return fx.rate(profile.tenant(), currency, profile.currency())
        .map(amount::multiply)
        .orElse(amount);
  }
}
