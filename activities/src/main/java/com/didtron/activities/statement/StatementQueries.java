package com.didtron.activities.statement;

import com.didtron.domain.account.Account;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/** The SQL behind statements: invoices and ledger movements of one sub-account. */
@Component
class StatementQueries {
  /** A movement with {@code amount} signed as owed (positive raises what is owed). */
  record Movement(LocalDate date, long order, String kind, String reference, String description, BigDecimal amount) {}

  private static final String REFERENCE = """
      coalesce((SELECT number FROM credit_note c WHERE e.source_type = 'CREDIT_NOTE' AND c.id::text = e.source_id),
               (SELECT number FROM netting_request n WHERE e.source_type = 'NETTING' AND n.id::text = e.source_id),
               '#' || e.entry_no)""";

  private final DSLContext db;

  StatementQueries(DSLContext db) {
    this.db = db;
  }

  BigDecimal documentsBefore(Account a, UUID sub, String cur, LocalDate from, boolean customer, int sign) {
    BigDecimal invoices = customer ? invoiceTotal(a, cur, LocalDate.of(1970, 1, 1), from) : BigDecimal.ZERO;
    if (sub == null) {
      return invoices;
    }
    BigDecimal other = db.fetchValue("SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry e "
        + "ON e.id = p.entry_id WHERE p.ledger_account_id = ? AND p.currency = ? AND e.effective_date < ? "
        + (customer ? "AND e.source_type NOT IN ('CDR_BATCH', 'INVOICE')" : ""), sub, cur, from) instanceof BigDecimal b
        ? b : BigDecimal.ZERO;
    return invoices.add(other.multiply(BigDecimal.valueOf(sign)));
  }

  List<Movement> movements(Account a, UUID sub, String cur, LocalDate from, LocalDate to, boolean customer, int sign) {
    List<Movement> moves = new ArrayList<>();
    if (customer) {
      for (Record r : db.fetch("SELECT issued_at, seq, number, period_key, total FROM invoice WHERE account_id = ? "
          + "AND currency = ? AND issued_at >= ?::timestamptz AND issued_at < ?::timestamptz",
          a.id().value(), cur, start(from), start(to))) {
        moves.add(new Movement(r.get("issued_at", java.time.OffsetDateTime.class).toLocalDate(), 0, "INVOICE",
            r.get("number", String.class), "Invoice for " + r.get("period_key", String.class),
            r.get("total", BigDecimal.class)));
      }
    }
    if (sub != null) {
      String filter = customer ? "AND e.source_type NOT IN ('CDR_BATCH', 'INVOICE')" : "AND e.source_type <> 'CDR_BATCH'";
      for (Record r : db.fetch("SELECT e.effective_date, e.entry_no, e.source_type, e.description, p.amount, "
          + REFERENCE + " AS reference FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
          + "WHERE p.ledger_account_id = ? AND p.currency = ? AND e.effective_date >= ? AND e.effective_date < ? "
          + filter, sub, cur, from, to)) {
        moves.add(new Movement(r.get("effective_date", LocalDate.class), r.get("entry_no", Long.class),
            r.get("source_type", String.class), r.get("reference", String.class),
            r.get("description", String.class), r.get("amount", BigDecimal.class).multiply(BigDecimal.valueOf(sign))));
      }
      if (!customer) {
        for (Record r : db.fetch("SELECT e.effective_date, sum(p.amount) AS amount, count(*) AS n FROM posting p "
            + "JOIN journal_entry e ON e.id = p.entry_id WHERE p.ledger_account_id = ? AND p.currency = ? "
            + "AND e.effective_date >= ? AND e.effective_date < ? AND e.source_type = 'CDR_BATCH' "
            + "GROUP BY e.effective_date", sub, cur, from, to)) {
          moves.add(new Movement(r.get("effective_date", LocalDate.class), 0, "USAGE", "",
              "Terminated traffic (" + r.get("n") + " batches)",
              r.get("amount", BigDecimal.class).multiply(BigDecimal.valueOf(sign))));
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
    return db.fetchValue("SELECT coalesce(sum(p.amount), 0) FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
        + "WHERE p.ledger_account_id = ? AND p.currency = ? AND e.effective_date < ?", sub, cur, to) instanceof BigDecimal b
        ? b : BigDecimal.ZERO;
  }

  private BigDecimal invoiceTotal(Account a, String cur, LocalDate from, LocalDate to) {
    return db.fetchValue("SELECT coalesce(sum(total), 0) FROM invoice WHERE account_id = ? AND currency = ? "
        + "AND issued_at >= ?::timestamptz AND issued_at < ?::timestamptz", a.id().value(), cur, start(from), start(to))
        instanceof BigDecimal b ? b : BigDecimal.ZERO;
  }

  private static java.time.OffsetDateTime start(LocalDate d) {
    return d.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
