package com.didtron.rating.credit;

import com.didtron.rating.credit.CreditDecision.InUse;
import com.didtron.rating.credit.Decision.Admit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One account's credit in memory: its standing (as the ledger and the account last said) and the
 * reservations of its calls. Every method is atomic (one lock per account), so parallel calls of
 * one account are decided one after the other and together never reserve more than its money.
 *
 * <p>A hold lives from admission until the call's charge is in the ledger: while the call runs it
 * is the cost of its maximum duration; when the call ends it shrinks to the cost of the real
 * duration; it is dropped when the rated CDR's charge has been posted (and the balance that
 * includes it is known), so spent money is always either reserved or in the balance.
 */
public final class AccountBook {
  private static final Duration CPS_WINDOW = Duration.ofSeconds(1);
  private static final Duration SPEND_WINDOW = Duration.ofHours(24);

  private Standing standing;
  private final Map<String, Hold> holds = new LinkedHashMap<>();
  private final ArrayDeque<Attempt> attempts = new ArrayDeque<>();
  private final ArrayDeque<Spend> spent = new ArrayDeque<>();

  /** One call's reservation. */
  public record Hold(
      String callId,
      String trunk,
      CallRate rate,
      long maxSeconds,
      BigDecimal amount,
      Instant admittedAt,
      Instant endedAt) {
    boolean ended() {
      return endedAt != null;
    }
  }

  private record Attempt(Instant at, String trunk) {}

  private record Spend(Instant at, BigDecimal amount) {}

  public AccountBook(Standing standing) {
    this.standing = Objects.requireNonNull(standing);
  }

  /** Decides a call attempt; an admitted call holds its reservation under {@code callId}. */
  public synchronized Decision authorise(
      String callId, String trunk, String number, CallRate rate, Instant now) {
    Hold existing = holds.get(callId);
    if (existing != null) {
      return new Admit(existing.maxSeconds(), existing.amount());
    }
    prune(now);
    Decision d = CreditDecision.decide(standing, trunk, number, rate, inUse(trunk));
    if (d instanceof Admit a) {
      holds.put(callId, new Hold(callId, trunk, rate, a.maxSeconds(), a.reserved(), now, null));
      attempts.addLast(new Attempt(now, trunk));
    }
    return d;
  }

  /**
   * A call that was already running when this book was loaded (the platform restarted while the
   * switch kept it up): it holds all the money left, at most its rate's maximum, so new calls
   * cannot spend what it may still cost; its end and charge then release it as any other call's.
   * Returns false when nothing is left to hold (it is still tracked as a call in progress).
   */
  public synchronized boolean adopt(String callId, String trunk, CallRate rate, Instant now) {
    if (holds.containsKey(callId)) {
      return true;
    }
    long seconds = CreditDecision.maxSeconds(rate, standing.spendable().subtract(reserved()));
    BigDecimal amount = seconds == 0 ? BigDecimal.ZERO : rate.costOf(seconds);
    long max = seconds == 0 ? CreditDecision.MAX_CALL_SECONDS : seconds;
    holds.put(callId, new Hold(callId, trunk, rate, max, amount, now, null));
    return seconds > 0;
  }

  /**
   * The call ended after {@code seconds} of talk (null when unknown): its hold shrinks to that
   * duration's cost until the charge is posted. Unknown call ids are ignored (a repeated end).
   */
  public synchronized void ended(String callId, Long seconds, Instant now) {
    Hold h = holds.get(callId);
    if (h == null || h.ended()) {
      return;
    }
    BigDecimal amount = h.amount();
    if (seconds != null) {
      long talk = Math.max(0, Math.min(seconds, h.maxSeconds()));
      amount = h.rate().costOf(talk).min(h.amount());
    }
    holds.put(
        callId, new Hold(callId, h.trunk(), h.rate(), h.maxSeconds(), amount, h.admittedAt(), now));
  }

  /**
   * These calls' charges are posted and {@code after} is the standing that includes them: their
   * holds become spend of the last 24 hours, atomically with the new balance.
   */
  public synchronized void charged(Collection<String> callIds, Standing after, Instant now) {
    for (String id : callIds) {
      Hold h = holds.remove(id);
      if (h != null) {
        spent.addLast(new Spend(now, h.amount()));
      }
    }
    standing = Objects.requireNonNull(after);
  }

  /**
   * Spend charged at {@code at} before this book existed (the CDRs charged in the last 24 hours,
   * read when the platform starts), so a restart does not reset the daily spend cap.
   */
  public synchronized void spentBefore(Instant at, BigDecimal amount) {
    Spend s = new Spend(Objects.requireNonNull(at), Objects.requireNonNull(amount));
    if (spent.isEmpty() || !spent.peekLast().at().isAfter(at)) {
      spent.addLast(s);
      return;
    }
    java.util.List<Spend> all = new java.util.ArrayList<>(spent);
    all.add(s);
    all.sort(java.util.Comparator.comparing(Spend::at));
    spent.clear();
    spent.addAll(all);
  }

  /** What was charged in the 24 hours before {@code now}. */
  public synchronized BigDecimal spentLast24h(Instant now) {
    prune(now);
    return spent.stream().map(Spend::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A new standing (balance, limits or status changed); reservations stay. */
  public synchronized void update(Standing next) {
    standing = Objects.requireNonNull(next);
  }

  public synchronized Standing standing() {
    return standing;
  }

  /**
   * Drops holds nobody will release: ended calls whose charge did not arrive within {@code
   * chargeBound}, and calls still "in progress" {@code slack} after their maximum duration (their
   * end was lost). Returns how many were dropped.
   */
  public synchronized int expire(Instant now, Duration chargeBound, Duration slack) {
    int before = holds.size();
    holds
        .values()
        .removeIf(
            h ->
                h.ended()
                    ? h.endedAt().plus(chargeBound).isBefore(now)
                    : h.admittedAt().plusSeconds(h.maxSeconds()).plus(slack).isBefore(now));
    prune(now);
    return before - holds.size();
  }

  /** What the account's calls reserve now. */
  public synchronized BigDecimal reserved() {
    return holds.values().stream().map(Hold::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The account's calls in progress (admitted, not ended). */
  public synchronized int callsInProgress() {
    return (int) holds.values().stream().filter(h -> !h.ended()).count();
  }

  /** Whether {@code callId} holds a reservation here. */
  public synchronized boolean holds(String callId) {
    return holds.containsKey(callId);
  }

  private InUse inUse(String trunk) {
    BigDecimal reserved = BigDecimal.ZERO;
    int channels = 0;
    int trunkChannels = 0;
    for (Hold h : holds.values()) {
      reserved = reserved.add(h.amount());
      if (!h.ended()) {
        channels++;
        if (trunk != null && trunk.equals(h.trunk())) {
          trunkChannels++;
        }
      }
    }
    int trunkAttempts =
        trunk == null ? 0 : (int) attempts.stream().filter(a -> trunk.equals(a.trunk())).count();
    BigDecimal spend = spent.stream().map(Spend::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new InUse(reserved, channels, trunkChannels, attempts.size(), trunkAttempts, spend);
  }

  private void prune(Instant now) {
    Instant cps = now.minus(CPS_WINDOW);
    while (!attempts.isEmpty() && !attempts.peekFirst().at().isAfter(cps)) {
      attempts.removeFirst();
    }
    Instant day = now.minus(SPEND_WINDOW);
    while (!spent.isEmpty() && !spent.peekFirst().at().isAfter(day)) {
      spent.removeFirst();
    }
  }
}
