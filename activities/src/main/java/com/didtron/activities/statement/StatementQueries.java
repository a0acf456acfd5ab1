package com.didtron.activities.statement;

import com.didtron.activities.creditnote.CreditNoteNumbers;
import com.didtron.activities.invoicing.IssuedInvoices;
import com.didtron.activities.ledger.LedgerQueries;
import com.didtron.activities.ledger.LedgerQueries.EntryPosting;
import com.didtron.activities.netting.NettingNumbers;
import com.didtron.domain.account.Account;
import com.didtron.domain.ledger.LedgerAccountId;
import com.didtron.domain.ledger.SourceType;
import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What statements read, through the owners' façades: invoices (invoicing), the ledger movements of
 * one sub-account (ledger) and the numbers of the credit notes and netting requests behind them.
 */
@Component
class StatementQueries {
  /** A movement with {@code amount} signed as owed (positive raises what is owed). */
  record Movement(
      LocalDate date,
      long order,
      String kind,
      String reference,
      String description,
      BigDecimal amount) {}

  /** Usage and invoices: on a customer statement the invoices stand for them. */
  private static final Set<SourceType> INVOICED = Set.of(SourceType.CDR_BATCH, SourceType.INVOICE);

  private final IssuedInvoices invoices;
  private final LedgerQueries ledger;
  private final CreditNoteNumbers creditNotes;
  private final NettingNumbers netting;

  StatementQueries(
      IssuedInvoices invoices,
      LedgerQueries ledger,
      CreditNoteNumbers creditNotes,
      NettingNumbers netting) {
    this.invoices = invoices;
    this.ledger = ledger;
    this.creditNotes = creditNotes;
    this.netting = netting;
  }

  BigDecimal documentsBefore(
      Account a, UUID sub, String cur, LocalDate from, boolean customer, int sign) {
    BigDecimal invoiced =
        customer ? invoiceTotal(a, cur, LocalDate.of(1970, 1, 1), from) : BigDecimal.ZERO;
    if (sub == null) {
      return invoiced;
    }
    BigDecimal other =
        ledger
            .postedBefore(
                new LedgerAccountId(sub),
                new CurrencyCode(cur),
                from,
                customer ? INVOICED : Set.of())
            .amount();
    return invoiced.add(other.multiply(BigDecimal.valueOf(sign)));
  }

  List<Movement> movements(
      Account a, UUID sub, String cur, LocalDate from, LocalDate to, boolean customer, int sign) {
    List<Movement> moves = new ArrayList<>();
    CurrencyCode currency = new CurrencyCode(cur);
    if (customer) {
      for (IssuedInvoices.Issued i : invoices.issued(a.id(), currency, start(from), start(to))) {
        moves.add(
            new Movement(
                LocalDate.ofInstant(i.issuedAt(), ZoneOffset.UTC),
                0,
                "INVOICE",
                i.number(),
                "Invoice for " + i.periodKey(),
                i.total().amount()));
      }
    }
    if (sub != null) {
      LedgerAccountId account = new LedgerAccountId(sub);
      List<EntryPosting> postings =
          ledger.postings(
              account, currency, from, to, customer ? INVOICED : Set.of(SourceType.CDR_BATCH));
      Map<UUID, String> creditNoteNumbers =
          creditNotes.numbers(sources(postings, SourceType.CREDIT_NOTE));
      Map<UUID, String> nettingNumbers = netting.numbers(sources(postings, SourceType.NETTING));
      for (EntryPosting p : postings) {
        Map<UUID, String> numbers =
            p.source().type() == SourceType.CREDIT_NOTE
                ? creditNoteNumbers
                : p.source().type() == SourceType.NETTING ? nettingNumbers : Map.of();
        UUID document = uuid(p.source().id());
        String reference = document == null ? null : numbers.get(document);
        moves.add(
            new Movement(
                p.effectiveDate(),
                p.entryNo(),
                p.source().type().name(),
                reference != null ? reference : "#" + p.entryNo(),
                p.description(),
                p.amount().amount().multiply(BigDecimal.valueOf(sign))));
      }
      if (!customer) {
        for (LedgerQueries.DayTotal d :
            ledger.dailyTotals(account, currency, from, to, SourceType.CDR_BATCH)) {
          moves.add(
              new Movement(
                  d.date(),
                  0,
                  "USAGE",
                  "",
                  "Terminated traffic (" + d.postings() + " batches)",
                  d.amount().amount().multiply(BigDecimal.valueOf(sign))));
        }
      }
    }
    moves.sort(Comparator.comparing(Movement::date).thenComparing(Movement::order));
    return moves;
  }

  BigDecimal ledgerBefore(UUID sub, String cur, LocalDate to) {
    if (sub == null) {
      return BigDecimal.ZERO;
    }
    return ledger
        .postedBefore(new LedgerAccountId(sub), new CurrencyCode(cur), to, Set.of())
        .amount();
  }

  private BigDecimal invoiceTotal(Account a, String cur, LocalDate from, LocalDate to) {
    return invoices.issuedTotal(a.id(), new CurrencyCode(cur), start(from), start(to)).amount();
  }

  /** The documents of one kind the postings come from (ids that are a UUID's text). */
  private static List<UUID> sources(List<EntryPosting> postings, SourceType kind) {
    return postings.stream()
        .filter(p -> p.source().type() == kind)
        .map(p -> uuid(p.source().id()))
        .filter(id -> id != null)
        .distinct()
        .toList();
  }

  private static UUID uuid(String id) {
    try {
      UUID u = UUID.fromString(id);
      return u.toString().equals(id) ? u : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant start(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
