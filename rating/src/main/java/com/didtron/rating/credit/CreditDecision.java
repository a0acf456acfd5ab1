package com.didtron.rating.credit;

import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.rating.credit.Decision.Admit;
import com.didtron.rating.credit.Decision.Refuse;
import com.didtron.rating.credit.Standing.TrunkLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Whether one more call of an account is admitted, and for how long: a pure function of the
 * account's standing, what its other calls use, and the destination's sell rate.
 *
 * <p>The call is admitted while the money left (funds, plus the credit limit when postpaid, minus
 * every reservation of the account's other calls; and, under a daily cap, the cap minus the last 24
 * hours' spend and the reservations) covers at least the first billing increment. Its maximum
 * duration is the longest whole number of increments whose cost, billed exactly as the rater bills
 * it, does not exceed that money; so the billed amount never exceeds the funds, whatever number of
 * calls run in parallel.
 */
public final class CreditDecision {
  /** The longest call admitted even when free (the switch's default dialog timeout: 6 hours). */
  public static final long MAX_CALL_SECONDS = 21_600;

  private CreditDecision() {}

  /**
   * What the account's other calls use right now.
   *
   * @param reserved the reservations of its calls in progress and of ended calls not yet charged
   * @param channels its calls in progress
   * @param trunkChannels its calls in progress on the calling trunk
   * @param attemptsLastSecond calls admitted in the last second
   * @param trunkAttemptsLastSecond calls admitted on the calling trunk in the last second
   * @param spentLast24h what its calls were charged in the last 24 hours
   */
  public record InUse(
      BigDecimal reserved,
      int channels,
      int trunkChannels,
      int attemptsLastSecond,
      int trunkAttemptsLastSecond,
      BigDecimal spentLast24h) {
    /** Nothing in use. */
    public static InUse nothing() {
      return new InUse(BigDecimal.ZERO, 0, 0, 0, 0, BigDecimal.ZERO);
    }
  }

  /**
   * Decides one call attempt.
   *
   * @param trunk the ingress trunk id the call came in on, or null
   * @param number the dialled number (digits)
   * @param rate the destination's sell rate, or null when the account has none for it
   */
  public static Decision decide(
      Standing s, String trunk, String number, CallRate rate, InUse inUse) {
    if (s.status() != AccountStatus.ACTIVE) {
      return new Refuse(Refusal.SUSPENDED, "account " + s.status().name().toLowerCase(Locale.ROOT));
    }
    if (s.blocked() != null) {
      return new Refuse(Refusal.BLOCKED, s.blocked());
    }
    AccountLimits l = s.limits();
    for (String prefix : l.blockedPrefixes()) {
      if (number.startsWith(prefix)) {
        return new Refuse(Refusal.BLOCKED_PREFIX, "destination " + prefix + " blocked");
      }
    }
    if (rate == null) {
      return new Refuse(Refusal.NO_RATE, "no rate for " + number);
    }
    if (l.maxRatePerMinute() != null && rate.perMinute().compareTo(l.maxRatePerMinute()) > 0) {
      return new Refuse(
          Refusal.RATE_ABOVE_MAX,
          "rate " + plain(rate.perMinute()) + " above maximum " + plain(l.maxRatePerMinute()));
    }
    Refuse capacity = capacity(s, l, trunk, inUse);
    if (capacity != null) {
      return capacity;
    }
    long seconds = maxSeconds(rate, s.spendable().subtract(inUse.reserved()));
    if (seconds == 0) {
      return new Refuse(Refusal.INSUFFICIENT_FUNDS);
    }
    if (l.dailySpendCap() != null) {
      BigDecimal left = l.dailySpendCap().subtract(inUse.spentLast24h()).subtract(inUse.reserved());
      long underCap = maxSeconds(rate, left);
      if (underCap == 0) {
        return new Refuse(
            Refusal.DAILY_CAP, "daily spend cap " + plain(l.dailySpendCap()) + " reached");
      }
      seconds = Math.min(seconds, underCap);
    }
    return new Admit(seconds, rate.costOf(seconds));
  }

  private static Refuse capacity(Standing s, AccountLimits l, String trunk, InUse u) {
    if (l.maxChannels() != null && u.channels() >= l.maxChannels()) {
      return new Refuse(Refusal.CHANNEL_LIMIT, "channel limit " + l.maxChannels() + " reached");
    }
    if (l.maxCps() != null && u.attemptsLastSecond() >= l.maxCps()) {
      return new Refuse(Refusal.CPS_LIMIT, "limit of " + l.maxCps() + " calls per second");
    }
    TrunkLimits t = trunk == null ? null : s.trunks().get(trunk);
    if (t != null && t.maxChannels() != null && u.trunkChannels() >= t.maxChannels()) {
      return new Refuse(
          Refusal.TRUNK_CHANNEL_LIMIT, "trunk channel limit " + t.maxChannels() + " reached");
    }
    if (t != null && t.maxCps() != null && u.trunkAttemptsLastSecond() >= t.maxCps()) {
      return new Refuse(
          Refusal.TRUNK_CPS_LIMIT, "trunk limit of " + t.maxCps() + " calls per second");
    }
    return null;
  }

  /**
   * The longest duration, a whole number of billing increments and at most {@link
   * #MAX_CALL_SECONDS}, whose cost does not exceed {@code budget}; 0 when the budget is not
   * positive or does not cover the first increment.
   */
  public static long maxSeconds(CallRate rate, BigDecimal budget) {
    if (budget.signum() <= 0 || rate.costOf(rate.initial()).compareTo(budget) > 0) {
      return 0;
    }
    long sub = rate.subsequent();
    long maxBlocks = Math.max(0, (MAX_CALL_SECONDS - rate.initial()) / sub);
    long k;
    if (rate.perMinute().signum() == 0) {
      k = maxBlocks;
    } else {
      // estimate: (budget - connect) * 60 / (rate * sub) - initial / sub, then correct for rounding
      BigDecimal usable = budget.subtract(rate.connectFee()).multiply(BigDecimal.valueOf(60));
      BigDecimal seconds = usable.divide(rate.perMinute(), 0, RoundingMode.DOWN);
      long estimate =
          (seconds.min(BigDecimal.valueOf(MAX_CALL_SECONDS)).longValue() - rate.initial());
      k = Math.min(maxBlocks, Math.max(0, estimate / sub));
      while (k > 0 && rate.costOf(rate.initial() + k * sub).compareTo(budget) > 0) {
        k--;
      }
      while (k < maxBlocks && rate.costOf(rate.initial() + (k + 1) * sub).compareTo(budget) <= 0) {
        k++;
      }
    }
    return rate.initial() + k * sub;
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
