package com.didtron.activities.cdr;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the monthly partitions of {@code cdr} (UTC months) before CDRs of a new month are stored,
 * in a short transaction of its own (creating a partition briefly locks the parent table, so it
 * must not wait for a big ingest to commit). Concurrent creators queue on an advisory lock.
 */
@Component
class CdrPartitions {
  private static final long LOCK = 0x0C0D_2001L;
  private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();
  private final DSLContext db;
  private final TransactionTemplate tx;

  CdrPartitions(DSLContext db, PlatformTransactionManager transactions) {
    this.db = db;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Makes sure a partition exists for the month of every instant given. */
  void ensure(Collection<Instant> instants) {
    Set<YearMonth> missing = new TreeSet<>();
    for (Instant i : instants) {
      YearMonth month = YearMonth.from(i.atOffset(ZoneOffset.UTC));
      if (!known.contains(month)) {
        missing.add(month);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        s -> {
          db.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
          for (YearMonth month : missing) {
            db.execute(
                "SELECT cdr_partition_for({0})",
                DSL.val(month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
          }
        });
    known.addAll(missing);
  }
}
