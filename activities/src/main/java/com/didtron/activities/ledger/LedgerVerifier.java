package com.didtron.activities.ledger;

import com.didtron.activities.ledger.LedgerVerification.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every ledger invariant over the whole database, whatever wrote it: each entry has two or
 * more postings summing to zero per currency; each materialised balance equals the sum of its
 * postings; each entry's source document exists; each reversal mirrors its original; base-currency
 * amounts match their rates; the hash chain over journal entries is unbroken (every entry is in it
 * and its content and postings still hash to the stored link). Used by {@code didtron ledger
 * verify} and after integration tests.
 */
@Component
public class LedgerVerifier {
  /** At most this many violations are listed per rule (the count says how many there were). */
  static final int LIMIT = 50;

  private final DSLContext db;

  public LedgerVerifier(DSLContext db) {
    this.db = db;
  }

  /** Runs every check in one repeatable-read snapshot. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public LedgerVerification verify() {
    List<Violation> v = new ArrayList<>();
    entriesBalance(v);
    balancesMatchPostings(v);
    sourcesExist(v);
    reversalsMirror(v);
    baseAmountsMatchRates(v);
    hashChainHolds(v);
    return new LedgerVerification(
        count("journal_entry"), count("posting"), count("ledger_balance"), v, chainHead());
  }

  private long count(String table) {
    return db.fetchOne("SELECT count(*) FROM " + table).get(0, Long.class);
  }

  private void entriesBalance(List<Violation> v) {
    add(
        v,
        "entry-has-two-postings",
        db.fetch(
            """
        SELECT e.entry_no, count(p.id) AS n FROM journal_entry e
        LEFT JOIN posting p ON p.entry_id = e.id GROUP BY e.entry_no HAVING count(p.id) < 2
        ORDER BY e.entry_no"""),
        r -> "entry #" + r.get("entry_no") + " has " + r.get("n") + " posting(s)");
    add(
        v,
        "entry-balances-per-currency",
        db.fetch(
            """
        SELECT e.entry_no, p.currency, sum(p.amount) AS total FROM journal_entry e
        JOIN posting p ON p.entry_id = e.id GROUP BY e.entry_no, p.currency
        HAVING sum(p.amount) <> 0 ORDER BY e.entry_no"""),
        r ->
            "entry #" + r.get("entry_no") + " sums to " + r.get("total") + " " + r.get("currency"));
  }

  private void balancesMatchPostings(List<Violation> v) {
    add(
        v,
        "balance-equals-postings",
        db.fetch(
            """
        WITH s AS (SELECT ledger_account_id, currency, sum(amount) AS total, count(*) AS n
                   FROM posting GROUP BY ledger_account_id, currency)
        SELECT a.code, coalesce(s.currency, b.currency) AS currency, s.total, s.n, b.balance, b.postings
        FROM s FULL JOIN ledger_balance b
          ON b.ledger_account_id = s.ledger_account_id AND b.currency = s.currency
        JOIN ledger_account a ON a.id = coalesce(s.ledger_account_id, b.ledger_account_id)
        WHERE coalesce(s.total, 0) IS DISTINCT FROM b.balance OR coalesce(s.n, 0) IS DISTINCT FROM b.postings
        ORDER BY a.code"""),
        r ->
            "account "
                + r.get("code")
                + " "
                + r.get("currency")
                + ": materialised balance "
                + r.get("balance")
                + " over "
                + r.get("postings")
                + " posting(s), but the postings sum to "
                + r.get("total")
                + " over "
                + r.get("n"));
  }

  private void sourcesExist(List<Violation> v) {
    List<Record> types =
        db.fetch(
            """
        SELECT e.source_type, k.table_name, k.id_column FROM (SELECT DISTINCT source_type FROM journal_entry) e
        LEFT JOIN ledger_source_kind k ON k.source_type = e.source_type ORDER BY e.source_type""");
    for (Record t : types) {
      String type = t.get("source_type", String.class);
      String table = t.get("table_name", String.class);
      if (table == null) {
        v.add(
            new Violation(
                "source-exists",
                "source type " + type + " has no document table registered in ledger_source_kind"));
        continue;
      }
      String sql =
          "SELECT e.entry_no, e.source_id FROM journal_entry e WHERE e.source_type = ? "
              + "AND NOT EXISTS (SELECT 1 FROM "
              + DSL.name(table)
              + " d WHERE d."
              + DSL.name(t.get("id_column", String.class))
              + "::text = e.source_id) ORDER BY e.entry_no";
      add(
          v,
          "source-exists",
          db.fetch(sql, type),
          r ->
              "entry #"
                  + r.get("entry_no")
                  + ": "
                  + type
                  + " "
                  + r.get("source_id")
                  + " does not exist");
    }
  }

  private void reversalsMirror(List<Violation> v) {
    add(
        v,
        "reversal-mirrors-original",
        db.fetch(
            """
        SELECT r.entry_no, o.entry_no AS original FROM journal_entry r
        JOIN journal_entry o ON o.id = r.reverses_entry_id
        WHERE o.tenant_id <> r.tenant_id OR EXISTS (
          SELECT 1 FROM posting p WHERE p.entry_id IN (r.id, o.id)
          GROUP BY p.ledger_account_id, p.currency HAVING sum(p.amount) <> 0)
        ORDER BY r.entry_no"""),
        r ->
            "entry #"
                + r.get("entry_no")
                + " does not exactly reverse entry #"
                + r.get("original"));
  }

  private void baseAmountsMatchRates(List<Violation> v) {
    add(
        v,
        "base-amount-matches-rate",
        db.fetch(
            """
        SELECT e.entry_no, p.id FROM posting p JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.fx_rate IS NOT NULL AND e.reverses_entry_id IS NULL
          AND p.base_amount <> round(p.amount * p.fx_rate, 6)
        ORDER BY p.id"""),
        r ->
            "entry #"
                + r.get("entry_no")
                + ", posting "
                + r.get("id")
                + ": base amount is not amount × rate");
  }

  /**
   * Recomputes every link of the hash chain: an entry whose fields or postings changed after its
   * commit, an entry missing from the chain and a broken or re-ordered link are each reported with
   * the entry's number and id.
   */
  private void hashChainHolds(List<Violation> v) {
    add(
        v,
        "hash-chain",
        db.fetch(
            """
        WITH c AS (
          SELECT h.chain_no, h.entry_id, h.prev_hash, h.hash,
                 lag(h.chain_no) OVER (ORDER BY h.chain_no) AS prev_no,
                 lag(h.hash) OVER (ORDER BY h.chain_no) AS prev_link
          FROM journal_entry_hash h),
        problems AS (
          SELECT c.chain_no, c.entry_id, CASE
              WHEN c.chain_no <> coalesce(c.prev_no, 0) + 1 THEN 'the chain has a gap before link #' || c.chain_no
              WHEN c.prev_hash <> coalesce(c.prev_link, ledger_chain_genesis())
                THEN 'link #' || c.chain_no || ' does not follow the link before it'
              WHEN c.hash <> ledger_entry_hash(c.entry_id, c.prev_hash)
                THEN 'its fields or postings changed after it was posted (link #' || c.chain_no || ' no longer matches)'
            END AS problem
          FROM c
          UNION ALL
          SELECT NULL, e.id, 'it is missing from the hash chain' FROM journal_entry e
          WHERE NOT EXISTS (SELECT 1 FROM journal_entry_hash h WHERE h.entry_id = e.id))
        SELECT e.entry_no, p.entry_id, p.problem FROM problems p
        LEFT JOIN journal_entry e ON e.id = p.entry_id
        WHERE p.problem IS NOT NULL ORDER BY p.chain_no NULLS LAST, e.entry_no"""),
        r -> "entry #" + r.get("entry_no") + " (" + r.get("entry_id") + "): " + r.get("problem"));
  }

  /**
   * The newest link, {@code #<chain no> <hash hex>}, for operators to note down; null when empty.
   */
  private String chainHead() {
    Record head =
        db.fetchOne(
            """
        SELECT chain_no, encode(hash, 'hex') AS hash FROM journal_entry_hash
        ORDER BY chain_no DESC LIMIT 1""");
    return head == null ? null : "#" + head.get("chain_no") + " " + head.get("hash");
  }

  private static void add(
      List<Violation> v,
      String rule,
      List<? extends Record> rows,
      Function<Record, String> describe) {
    rows.stream().limit(LIMIT).forEach(r -> v.add(new Violation(rule, describe.apply(r))));
    if (rows.size() > LIMIT) {
      v.add(new Violation(rule, (rows.size() - LIMIT) + " more like these"));
    }
  }
}
