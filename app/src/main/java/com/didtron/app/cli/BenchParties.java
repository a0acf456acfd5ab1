package com.didtron.app.cli;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.ratedeck.ActivationOutcome;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.ImportOutcome;
import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.ratedeck.ImportRequest;
import com.didtron.activities.ratedeck.RateCard;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateImportService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.ImportMode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * The parties of a throw-away bench platform, made through the platform's own services as an
 * operator would: postpaid USD accounts, their rate cards and decks imported and activated.
 */
final class BenchParties {
  private final ApplicationContext platform;
  private final Actor admin;

  BenchParties(ApplicationContext platform, Actor admin) {
    this.platform = platform;
    this.admin = admin;
  }

  /** An active postpaid USD account with the given credit limit. */
  Account account(String name, AccountKind kind, String creditLimit) {
    return account(name, kind, BillingMode.POSTPAID, creditLimit);
  }

  /** An active USD account billed {@code mode} with the given credit limit. */
  Account account(String name, AccountKind kind, BillingMode mode, String creditLimit) {
    AccountChange c =
        platform
            .getBean(AccountService.class)
            .create(
                admin,
                new AccountDraft(
                    name,
                    kind,
                    "USD",
                    mode,
                    new BigDecimal(creditLimit),
                    AccountStatus.ACTIVE,
                    null));
    if (!(c instanceof AccountChange.Saved saved)) {
      throw new IllegalStateException("bench account not created: " + c);
    }
    return saved.account();
  }

  RateCard card(AccountId owner, DeckSide side) {
    CardOutcome c = platform.getBean(RateCardService.class).create(admin, owner, side, null);
    if (!(c instanceof CardOutcome.Created created)) {
      throw new IllegalStateException("bench card not created: " + c);
    }
    return created.card();
  }

  RateCard card(Account owner, DeckSide side) {
    return card(owner.id(), side);
  }

  /**
   * Imports {@code file} (canonical columns) as a Replace of the card's deck and activates it;
   * returns the nanoTime at which staging ended (activation follows).
   */
  long importAndActivate(RateCard card, Path file, ImportProgress progress) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importAndActivate(card, file.getFileName().toString(), in, Files.size(file), progress);
    }
  }

  /**
   * Like {@link #importAndActivate(RateCard, Path, ImportProgress)} for a deck read from {@code
   * in}.
   */
  long importAndActivate(
      RateCard card, String fileName, InputStream in, long size, ImportProgress progress) {
    RateImportService imports = platform.getBean(RateImportService.class);
    ImportOutcome staged =
        imports.stage(
            admin,
            new ImportRequest(
                card.id(), ImportMode.REPLACE, fileName, ColumnMapping.canonical(), null),
            in,
            size,
            progress);
    if (!(staged instanceof ImportOutcome.Staged s)) {
      throw new IllegalStateException("bench deck not staged: " + staged);
    }
    long staging = System.nanoTime();
    ActivationOutcome done = imports.activate(admin, s.version().id(), false, true);
    if (!(done instanceof ActivationOutcome.Activated)) {
      throw new IllegalStateException("bench deck not activated: " + done);
    }
    return staging;
  }
}
