package com.didtron.app.cli;

import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.ratedeck.ActivationOutcome;
import com.didtron.activities.ratedeck.CardOutcome;
import com.didtron.activities.ratedeck.ImportOutcome;
import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.ratedeck.ImportRequest;
import com.didtron.activities.ratedeck.RateCardService;
import com.didtron.activities.ratedeck.RateImportService;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ColumnMapping;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;

/**
 * The bench's customers, made through the platform's services as an operator would: an account with
 * an active sell deck (every first digit at 0.001 per minute, so each of the plan's numbers is
 * rated) so that credit control admits its calls.
 */
final class SwitchBenchAccounts {
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,effective_from,effective_to\n";

  private final ApplicationContext platform;
  private final Actor admin;

  SwitchBenchAccounts(ApplicationContext platform) {
    this.platform = platform;
    this.admin =
        platform.getBean(UserLogins.class).principal(SwitchBench.ADMIN).orElseThrow().actor();
  }

  Actor admin() {
    return admin;
  }

  /** A customer with a sell deck; postpaid with {@code credit}, or prepaid without funds. */
  AccountId customer(String name, BillingMode mode, String credit) {
    AccountChange c =
        platform
            .getBean(AccountService.class)
            .create(
                admin,
                new AccountDraft(
                    name,
                    AccountKind.CUSTOMER,
                    "USD",
                    mode,
                    new BigDecimal(credit),
                    AccountStatus.ACTIVE,
                    null));
    if (!(c instanceof AccountChange.Saved saved)) {
      throw new IllegalStateException("bench customer not created: " + c);
    }
    AccountId id = saved.account().id();
    deck(id, DeckSide.SELL);
    return id;
  }

  private void deck(AccountId account, DeckSide side) {
    CardOutcome card = platform.getBean(RateCardService.class).create(admin, account, side, null);
    if (!(card instanceof CardOutcome.Created created)) {
      throw new IllegalStateException("bench sell card not created: " + card);
    }
    StringBuilder csv = new StringBuilder(HEADER);
    for (int d = 0; d <= 9; d++) {
      csv.append(d).append(",Bench,0.001,0,1,1,2020-01-01,\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.US_ASCII);
    RateImportService imports = platform.getBean(RateImportService.class);
    ImportOutcome staged =
        imports.stage(
            admin,
            new ImportRequest(
                created.card().id(),
                ImportMode.REPLACE,
                "bench-sell.csv",
                ColumnMapping.canonical(),
                null),
            new ByteArrayInputStream(bytes),
            bytes.length,
            ImportProgress.none());
    if (!(staged instanceof ImportOutcome.Staged s)) {
      throw new IllegalStateException("bench sell deck not staged: " + staged);
    }
    ActivationOutcome done = imports.activate(admin, s.version().id(), false, true);
    if (!(done instanceof ActivationOutcome.Activated)) {
      throw new IllegalStateException("bench sell deck not activated: " + done);
    }
  }
}
