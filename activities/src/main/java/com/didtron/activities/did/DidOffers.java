package com.didtron.activities.did;

import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The search: a tenant's AVAILABLE numbers with the sell price that applies to each (the newest
 * effective price of its country and type, an area's own price before the country-wide one). Walks
 * the partial index {@code did_inventory_search} (or {@code did_inventory_available}) in number
 * order, so a page costs the same at the first number and the millionth; an area walks {@code
 * did_inventory_search_area}. A pattern with a literal prefix and no other run of three digits
 * walks its prefix's number range; other patterns (contains) use the trigram index when the server
 * has pg_trgm.
 */
@Repository
class DidOffers {
  private static final String PRICE =
      " LATERAL (SELECT p.monthly_price, p.setup_price, p.inbound_per_minute, p.currency"
          + " FROM did_price p WHERE p.tenant_id = i.tenant_id AND p.country_code = i.country_code"
          + " AND p.number_type = i.number_type AND (p.area = '' OR lower(p.area) = lower(i.area))"
          + " AND p.effective_from <= CAST(? AS timestamptz) ORDER BY (p.area = ''), p.effective_from DESC LIMIT 1) p";

  private final DSLContext db;

  DidOffers(DSLContext db) {
    this.db = db;
  }

  /**
   * @param pricedOnly true for customers: a number without a sell price is not for sale
   */
  List<DidOffer> search(UUID tenant, DidSearch s, boolean pricedOnly, Instant now) {
    Query q = query(tenant, s, pricedOnly, now);
    return db.resultQuery(q.sql(), q.binds().toArray())
        .fetch(
            r ->
                new DidOffer(
                    r.get(0, UUID.class),
                    r.get(1, String.class),
                    r.get(2, String.class),
                    r.get(3, String.class),
                    NumberType.valueOf(r.get(4, String.class)),
                    r.get(5, Integer.class),
                    r.get(6, BigDecimal.class),
                    r.get(7, BigDecimal.class),
                    r.get(8, BigDecimal.class),
                    r.get(9, String.class)));
  }

  /** PostgreSQL's plan for a search, one line per row (tests check the indexes are used). */
  List<String> plan(UUID tenant, DidSearch s, boolean pricedOnly, Instant now) {
    Query q = query(tenant, s, pricedOnly, now);
    return db.resultQuery("EXPLAIN " + q.sql(), q.binds().toArray())
        .fetch(r -> r.get(0, String.class));
  }

  private record Query(String sql, List<Object> binds) {}

  private static Query query(UUID tenant, DidSearch s, boolean pricedOnly, Instant now) {
    List<Object> binds = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT i.id, i.number, i.country_code, i.area, i.number_type, i.channels,"
                + " p.monthly_price, p.setup_price, p.inbound_per_minute, p.currency"
                + " FROM did_inventory i ");
    sql.append(pricedOnly ? "CROSS JOIN" : "LEFT JOIN").append(PRICE);
    binds.add(now.toString());
    if (!pricedOnly) {
      sql.append(" ON true");
    }
    sql.append(
        " WHERE i.tenant_id = CAST(? AS uuid) AND i.status = 'AVAILABLE' AND i.deleted_at IS NULL");
    binds.add(tenant.toString());
    if (s.country() != null) {
      sql.append(" AND i.country_code = ?");
      binds.add(s.country());
    }
    if (s.type() != null) {
      sql.append(" AND i.number_type = ?");
      binds.add(s.type().name());
    }
    if (s.area() != null) {
      sql.append(" AND lower(i.area) = lower(?)");
      binds.add(s.area());
    }
    if (s.pattern() != null) {
      String like = s.pattern().like();
      String prefix = literalPrefix(like);
      if (!prefix.isEmpty() && !trigramsHelp(like, prefix)) {
        // walk the number range of the literal prefix in number order; the LIKE is hidden from the
        // trigram index, whose match on the prefix alone would fetch and sort the whole range
        sql.append(" AND i.number >= ? AND i.number < ? AND (i.number || '') LIKE ?");
        binds.add(prefix);
        binds.add(prefixEnd(prefix));
      } else {
        sql.append(" AND i.number LIKE ?");
      }
      binds.add(like);
    }
    if (s.after() != null) {
      sql.append(" AND i.number > ?");
      binds.add(s.after());
    }
    sql.append(" ORDER BY i.number LIMIT ?");
    binds.add(s.limit());
    return new Query(sql.toString(), binds);
  }

  /** The digits before the first wildcard of a LIKE pattern ({@code 4989__7%} → {@code 4989}). */
  static String literalPrefix(String like) {
    int i = 0;
    while (i < like.length() && like.charAt(i) != '%' && like.charAt(i) != '_') {
      i++;
    }
    return like.substring(0, i);
  }

  /**
   * Whether the trigram index narrows a pattern beyond its literal prefix: only a run of three or
   * more digits after the prefix gives it trigrams of its own ({@code 491%9999} yes, {@code
   * 4989__7%} no). Without one, the trigram index finds every number holding the prefix anywhere
   * and the planner, which cannot estimate {@code _} well, fetches and sorts them all.
   */
  static boolean trigramsHelp(String like, String prefix) {
    int run = 0;
    for (int i = prefix.length(); i < like.length(); i++) {
      char c = like.charAt(i);
      run = c == '%' || c == '_' ? 0 : run + 1;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first string after every string starting with {@code prefix} (digits only), in "C" order.
   */
  static String prefixEnd(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
