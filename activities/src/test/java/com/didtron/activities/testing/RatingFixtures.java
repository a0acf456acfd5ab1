package com.didtron.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.ratedeck.ActivationOutcome;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.ImportOutcome;
import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.ratedeck.ImportRequest;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateCardVersion;
import com.didtron.activities.ratedeck.RateImportService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Accounts, rate cards and decks for the rating tests, built through the real services. */
@Component
public class RatingFixtures {
  /** The header of a CDR file as the pipeline reads it. */
  public static final String CDR_HEADER =
      "call_id,account,carrier,caller,callee,start_time,duration\n";

  public static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,effective_from,effective_to\n";

  private final AccountService accounts;
  private final RateCardService cards;
  private final RateImportService imports;

  RatingFixtures(AccountService accounts, RateCardService cards, RateImportService imports) {
    this.accounts = accounts;
    this.cards = cards;
    this.imports = imports;
  }

  public Account account(Actor admin, String name, AccountKind kind, String currency) {
    AccountChange change =
        accounts.create(
            admin,
            new AccountDraft(
                name,
                kind,
                currency,
                BillingMode.POSTPAID,
                new BigDecimal("1000"),
                AccountStatus.ACTIVE,
                null));
    return ((AccountChange.Saved) change).account();
  }

  public RateCard card(Actor admin, Account owner, DeckSide side) {
    CardOutcome outcome = cards.create(admin, owner.id(), side, null);
    assertThat(outcome).isInstanceOf(CardOutcome.Created.class);
    return ((CardOutcome.Created) outcome).card();
  }

  public ImportOutcome stage(Actor admin, RateCard card, ImportMode mode, String csv) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    return imports.stage(
        admin,
        new ImportRequest(card.id(), mode, "test.csv", ColumnMapping.canonical(), null),
        new ByteArrayInputStream(bytes),
        bytes.length,
        ImportProgress.none());
  }

  /** Imports and activates a clean deck file; returns the active version. */
  public RateCardVersion activate(Actor admin, RateCard card, ImportMode mode, String csv) {
    ImportOutcome staged = stage(admin, card, mode, csv);
    assertThat(staged).isInstanceOf(ImportOutcome.Staged.class);
    ActivationOutcome done =
        imports.activate(admin, ((ImportOutcome.Staged) staged).version().id(), false, true);
    assertThat(done).isInstanceOf(ActivationOutcome.Activated.class);
    return ((ActivationOutcome.Activated) done).version();
  }

  /** A customer with a sell card and a carrier with a buy card, both active. */
  public Pair pair(Actor admin, String sellDeck, String buyDeck) {
    Account customer = account(admin, Fixtures.unique("Customer"), AccountKind.CUSTOMER, "USD");
    Account carrier = account(admin, Fixtures.unique("Carrier"), AccountKind.CARRIER, "USD");
    RateCard sell = card(admin, customer, DeckSide.SELL);
    RateCard buy = card(admin, carrier, DeckSide.BUY);
    activate(admin, sell, ImportMode.REPLACE, HEADER + sellDeck);
    activate(admin, buy, ImportMode.REPLACE, HEADER + buyDeck);
    return new Pair(customer, carrier, sell, buy);
  }

  /** A customer and a carrier with their active cards. */
  public record Pair(Account customer, Account carrier, RateCard sell, RateCard buy) {}
}
