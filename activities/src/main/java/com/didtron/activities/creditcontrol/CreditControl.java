package com.didtron.activities.creditcontrol;

import com.didtron.activities.Facade;
import com.didtron.activities.cdr.AccountTraffic;
import com.didtron.activities.cdr.AccountTraffic.ChargedMinute;
import com.didtron.activities.creditcontrol.Standings.Profile;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchcdr.SwitchCdrsCharged;
import com.didtron.activities.switchsync.ActiveCall;
import com.didtron.activities.switchsync.SwitchBalanceSync;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.domain.account.AccountControlChanged;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.credit.AccountBook;
import com.didtron.rating.credit.CallRate;
import com.didtron.rating.credit.Decision;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Refusal;
import com.didtron.rating.credit.Standing;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The switch's authorisation service: admits or refuses each new call from memory. Every customer
 * account has an {@link AccountBook} (its standing and its calls' reservations), loaded when the
 * platform starts (or when the account first calls) and kept current after commit: balance changes
 * arrive through {@link SwitchBalanceSync}, account, limits and trunk changes as {@link
 * AccountControlChanged} events, rate deck activations through {@link ActiveDecks}. An
 * authorisation never queries the database for an account already loaded.
 *
 * <p>A book starts with what the account was charged in the last 24 hours (its rated CDRs, one
 * query when it is loaded), so a restart does not reset the daily spend cap. A sell deck in another
 * currency than the account's is converted at the rate {@link DeckFx} keeps in memory; without a
 * rate the call is refused ({@link Refusal#NO_FX_RATE}).
 */
@Service
@Facade
public class CreditControl
    implements SwitchBalanceSync, SwitchCdrsCharged, SmartInitializingSingleton {
  private static final Logger log = LoggerFactory.getLogger(CreditControl.class);

  private static final Duration DAY = Duration.ofHours(24);

  private final Standings standings;
  private final AccountTraffic traffic;
  private final SellRates sellRates;
  private final SwitchTarget switchTarget;
  private final Clock clock;
  private final Duration chargeBound;
  private final Map<AccountId, AccountBook> books = new ConcurrentHashMap<>();
  private final Map<AccountId, Profile> profiles = new ConcurrentHashMap<>();
  private final Map<String, AccountId> calls = new ConcurrentHashMap<>();

  CreditControl(
      Standings standings,
      AccountTraffic traffic,
      SellRates sellRates,
      SwitchTarget switchTarget,
      Clock clock,
      @Value("${didtron.switch.credit.charge-bound:10m}") Duration chargeBound) {
    this.switchTarget = switchTarget;
    this.standings = standings;
    this.traffic = traffic;
    this.sellRates = sellRates;
    this.clock = clock;
    this.chargeBound = chargeBound;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try {
      Map<AccountId, List<ChargedMinute>> spent = new HashMap<>();
      for (ChargedMinute m : traffic.customerChargesSince(clock.instant().minus(DAY))) {
        spent.computeIfAbsent(m.account(), k -> new ArrayList<>()).add(m);
      }
      for (AccountId id : standings.customers()) {
        load(id, spent.getOrDefault(id, List.of()));
      }
      log.info("Credit control loaded {} customer accounts", books.size());
      adoptCallsInProgress();
    } catch (RuntimeException e) {
      log.warn(
          "Credit control could not preload accounts (loaded on first call): {}", e.getMessage());
    }
  }

  /**
   * Decides a new call of {@code account} (its id) to {@code number} on ingress trunk {@code trunk}
   * (may be null), reserving its maximum cost under {@code callId} when admitted.
   */
  public Decision authorise(String account, String trunk, String callId, String number) {
    Optional<AccountId> id = accountId(account);
    String digits = digits(number);
    if (id.isEmpty() || callId == null || callId.isBlank() || digits.isEmpty()) {
      return new Refuse(Refusal.UNKNOWN_ACCOUNT, "unknown account or malformed request");
    }
    AccountBook book = book(id.get());
    Profile profile = profiles.get(id.get());
    if (book == null || profile == null) {
      return new Refuse(Refusal.UNKNOWN_ACCOUNT);
    }
    Instant now = clock.instant();
    SellRates.Priced priced = sellRates.of(id.get(), profile, digits, now);
    if (priced.refusal() != null) {
      return priced.refusal();
    }
    CallRate rate = priced.rate();
    Decision d = book.authorise(callId, blankToNull(trunk), digits, rate, now);
    if (d instanceof Admit) {
      calls.put(callId, id.get());
    }
    return d;
  }

  /**
   * The switch says the call ended (BYE, timeout, or never answered) after {@code seconds} of talk
   * (null when it does not know): its reservation shrinks to that cost until it is charged.
   */
  public void ended(String callId, Long seconds) {
    AccountId id = callId == null ? null : calls.get(callId);
    AccountBook book = id == null ? null : books.get(id);
    if (book != null) {
      // the switch counts whole seconds; the CDR's duration rounds up: hold one second more
      book.ended(callId, seconds == null ? null : seconds + 1, clock.instant());
    }
  }

  /** What the account's calls reserve now, and how many are in progress (for tests and views). */
  public Optional<Reserved> reserved(AccountId account) {
    AccountBook book = books.get(account);
    return book == null
        ? Optional.empty()
        : Optional.of(new Reserved(book.reserved(), book.callsInProgress(), book.standing()));
  }

  /** An account's reservations and the standing they are counted against. */
  public record Reserved(BigDecimal amount, int callsInProgress, Standing standing) {}

  /** What the account was charged in the last 24 hours, as its daily spend cap counts it. */
  public Optional<BigDecimal> spentLast24h(AccountId account) {
    AccountBook book = books.get(account);
    return book == null ? Optional.empty() : Optional.of(book.spentLast24h(clock.instant()));
  }

  @Override
  public void charged(String source, List<String> callIds) {
    Map<AccountId, List<String>> byAccount = new HashMap<>();
    for (String callId : callIds) {
      AccountId id = calls.get(callId);
      if (id != null) {
        byAccount.computeIfAbsent(id, k -> new ArrayList<>()).add(callId);
      }
    }
    byAccount.forEach(
        (id, ids) -> {
          AccountBook book = books.get(id);
          Optional<Standing> now = standings.load(id);
          if (book != null && now.isPresent()) {
            book.charged(ids, now.get(), clock.instant());
          }
          ids.forEach(calls::remove);
        });
  }

  /** After commit, on the committing thread (see {@link SwitchBalanceSync}). */
  @Override
  public void balanceChanged(CustomerBalance balance) {
    AccountBook book = books.get(balance.accountId());
    if (book != null) {
      Standing s = book.standing();
      book.update(
          s.withFunds(balance.funds().amount(), balance.creditLimit(), balance.billingMode()));
    }
  }

  /** Status, credit limit, limits or trunks changed: reread the account once it is committed. */
  @TransactionalEventListener(fallbackExecution = true)
  public void controlChanged(AccountControlChanged change) {
    AccountBook book = books.get(change.account());
    if (book != null) {
      standings.load(change.account()).ifPresent(book::update);
    }
  }

  /** Drops reservations nobody will release (a lost end or a charge that never came). */
  @Scheduled(fixedDelayString = "${didtron.switch.credit.expire-ms:30000}")
  public void expireStaleHolds() {
    Instant now = clock.instant();
    books.values().forEach(b -> b.expire(now, chargeBound, Duration.ofMinutes(1)));
    calls.entrySet().removeIf(e -> !books.get(e.getValue()).holds(e.getKey()));
  }

  private AccountBook book(AccountId id) {
    AccountBook book = books.get(id);
    if (book != null) {
      return book;
    }
    return load(id, traffic.customerChargesSince(id, clock.instant().minus(DAY)));
  }

  /**
   * Loads an account's book with its charges of the last 24 hours (each counted from the end of the
   * minute it was rated in, so it leaves the window at most a minute late, never early).
   */
  private AccountBook load(AccountId id, List<ChargedMinute> charged) {
    Optional<Standing> standing = standings.load(id);
    Optional<Profile> profile = standings.profile(id);
    if (standing.isEmpty() || profile.isEmpty()) {
      return null;
    }
    Profile p = profile.get();
    AccountBook fresh = new AccountBook(standing.get());
    for (ChargedMinute m : charged) {
      BigDecimal amount = m.amount();
      CurrencyCode currency = CurrencyCode.of(m.currency());
      // without a rate the charge counts as is: the cap errs on refusing, never on overspending
      amount = sellRates.inAccountCurrency(p, currency, amount);
      fresh.spentBefore(m.minute().plusSeconds(60), amount);
    }
    profiles.put(id, p);
    AccountBook existing = books.putIfAbsent(id, fresh);
    return existing == null ? fresh : existing;
  }

  /**
   * Holds the calls the switch still runs from before this start (see {@link AccountBook#adopt}),
   * read once from its {@code dlg.list}; a switch that does not answer leaves nothing to adopt.
   */
  private void adoptCallsInProgress() {
    List<ActiveCall> running;
    try {
      running = switchTarget.callsInProgress();
    } catch (RuntimeException e) {
      log.info("Credit control found no switch to read calls in progress from: {}", e.getMessage());
      return;
    }
    Instant now = clock.instant();
    int adopted = 0;
    for (ActiveCall c : running) {
      Optional<AccountId> id = accountId(c.account());
      AccountBook book = id.map(books::get).orElse(null);
      String number = digits(c.toUri().replaceFirst("^sips?:", "").replaceFirst("@.*$", ""));
      if (book == null || c.state() >= 5 || c.callId() == null || number.isEmpty()) {
        continue;
      }
      CallRate rate = sellRates.of(id.get(), profiles.get(id.get()), number, now).rate();
      if (rate != null) {
        book.adopt(c.callId(), blankToNull(c.trunk()), rate, now);
        calls.put(c.callId(), id.get());
        adopted++;
      }
    }
    log.info("Credit control holds {} calls the switch kept up over the restart", adopted);
  }

  private static Optional<AccountId> accountId(String s) {
    try {
      return s == null ? Optional.empty() : Optional.of(new AccountId(UUID.fromString(s.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String digits(String number) {
    if (number == null) {
      return "";
    }
    String n = number.strip();
    n = n.startsWith("+") ? n.substring(1) : n;
    return n.chars().allMatch(Character::isDigit) ? n : "";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
