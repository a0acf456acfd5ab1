package com.didtron.activities.invoicing;

import com.didtron.activities.cdr.BatchUsage;
import com.didtron.activities.ledger.Ledger;
import com.didtron.activities.ledger.LedgerQueries;
import com.didtron.activities.ledger.LedgerQueries.UsagePosting;
import com.didtron.domain.ledger.LedgerPurpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The customer-leg destination shares of usage entries (the CDR pipeline's shares of the entry's
 * batch, {@link BatchUsage}), with the billing period their calls started in. An entry is billed by
 * call period only when every share of it carries a period and the shares add up to what the entry
 * debited the customer; otherwise it is billed whole (by posting time).
 *
 * <p>Combines three owners: the ledger's usage postings on the customer's sub-account, the parts
 * invoices billed already ({@link BilledUsage}) and the batches' shares, asking for the shares of
 * unbilled parts only.
 */
@Component
class PeriodShares {
  /** No billed part (unlike {@code Set.of()}, asking it for {@code null} answers false). */
  private static final Set<Instant> NONE = Collections.emptySet();

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final BatchUsage batches;
  private final BilledUsage billed;

  PeriodShares(Ledger ledger, LedgerQueries queries, BatchUsage batches, BilledUsage billed) {
    this.ledger = ledger;
    this.queries = queries;
    this.batches = batches;
    this.billed = billed;
  }

  /**
   * One share of an entry: a destination's calls of one period ({@code periodStart} null: unknown).
   */
  record Share(
      UUID entryId,
      Instant periodStart,
      String destination,
      BigDecimal amount,
      long calls,
      long seconds) {}

  /**
   * Shares not billed yet of calls started before {@code before}, of entries of this account, in
   * entry order.
   */
  List<Share> unbilledBefore(InvoiceUsageSource.Query q, Instant before) {
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (sub.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<UsagePosting>> postings = new LinkedHashMap<>();
    queries
        .usagePostings(q.tenant(), sub.get().id(), q.currency(), null)
        .forEach(p -> postings.computeIfAbsent(p.entryId(), k -> new ArrayList<>()).add(p));
    Map<UUID, Set<Instant>> done = billed.parts(postings.keySet());
    postings.keySet().removeIf(e -> done.getOrDefault(e, NONE).contains(null));
    Map<UUID, Set<Instant>> except = new HashMap<>();
    Set<UUID> ids = new HashSet<>();
    postings.forEach(
        (entry, ps) -> {
          UUID batch = batchOf(ps.get(0).batchId());
          if (batch != null && ids.add(batch)) {
            except.put(batch, new HashSet<>(done.getOrDefault(entry, NONE)));
          } else if (batch != null) {
            except.get(batch).retainAll(done.getOrDefault(entry, NONE));
          }
        });
    Map<String, List<BatchUsage.Share>> shares =
        byBatch(batches.customerSharesBefore(q.account(), q.currency(), ids, before, except));
    List<Share> out = new ArrayList<>();
    postings.forEach(
        (entry, ps) -> {
          Set<Instant> parts = done.getOrDefault(entry, NONE);
          for (BatchUsage.Share s : shares.getOrDefault(ps.get(0).batchId(), List.of())) {
            if (!parts.contains(s.periodStart())) {
              ps.forEach(p -> out.add(share(entry, s)));
            }
          }
        });
    return out;
  }

  /** Every share (all periods, billed or not) of these entries, per entry. */
  Map<UUID, List<Share>> allOf(InvoiceUsageSource.Query q, Collection<UUID> entries) {
    Map<UUID, List<Share>> out = new HashMap<>();
    if (entries.isEmpty()) {
      return out;
    }
    Map<UUID, String> sources = queries.sourceIds(entries);
    Set<UUID> ids = new HashSet<>();
    sources
        .values()
        .forEach(
            s -> {
              UUID batch = batchOf(s);
              if (batch != null) {
                ids.add(batch);
              }
            });
    Map<String, List<BatchUsage.Share>> shares =
        byBatch(batches.customerShares(q.account(), q.currency(), ids));
    sources.forEach(
        (entry, source) ->
            shares
                .getOrDefault(source, List.of())
                .forEach(
                    s -> out.computeIfAbsent(entry, k -> new ArrayList<>()).add(share(entry, s))));
    return out;
  }

  /** The entries (of {@code all}, as {@link #allOf} answers) billed by call period. */
  static Set<UUID> byPeriod(Map<UUID, List<Share>> all, Map<UUID, BigDecimal> posted) {
    Set<UUID> out = new HashSet<>();
    all.forEach(
        (entry, shares) -> {
          boolean periods = shares.stream().allMatch(s -> s.periodStart() != null);
          BigDecimal sum =
              shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
          if (periods && posted.containsKey(entry) && sum.compareTo(posted.get(entry)) == 0) {
            out.add(entry);
          }
        });
    return out;
  }

  /** What each entry debited the customer's sub-account in the query's currency. */
  Map<UUID, BigDecimal> posted(InvoiceUsageSource.Query q, Collection<UUID> entries) {
    Map<UUID, BigDecimal> out = new HashMap<>();
    var sub = ledger.chart().findParty(q.tenant(), LedgerPurpose.CUSTOMER_BALANCE, q.account());
    if (entries.isEmpty() || sub.isEmpty()) {
      return out;
    }
    queries
        .postedPerEntry(entries, sub.get().id(), q.currency())
        .forEach((e, m) -> out.put(e, m.amount()));
    return out;
  }

  private static Share share(UUID entry, BatchUsage.Share s) {
    return new Share(
        entry,
        s.periodStart(),
        s.destination(),
        s.amount().amount(),
        s.calls(),
        s.billableSeconds());
  }

  /** The shares by their batch id as the ledger names sources (UUID text). */
  private static Map<String, List<BatchUsage.Share>> byBatch(List<BatchUsage.Share> shares) {
    Map<String, List<BatchUsage.Share>> out = new HashMap<>();
    shares.forEach(s -> out.computeIfAbsent(s.batchId().toString(), k -> new ArrayList<>()).add(s));
    return out;
  }

  /**
   * The batch an entry's source id names (null when it names none as a batch's UUID text would).
   */
  static UUID batchOf(String sourceId) {
    try {
      UUID id = UUID.fromString(sourceId);
      return id.toString().equals(sourceId) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
