package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's numbers in service (issue 12 point 10): what each does with its calls and what it
 * costs the customer a month. Neither supplier nor cost: the same answer for staff and customers.
 */
@Facade
@Component
public class AccountDids {
  /**
   * One number in service of the account.
   *
   * @param id the number's inventory id (edit, release)
   * @param monthlyPrice the monthly sell price in force now (area price, else country-wide), or
   *     null when no price covers the number
   */
  public record AccountDid(
      UUID id,
      String number,
      String country,
      String type,
      String area,
      String destination,
      String failover,
      int ringTimeoutSeconds,
      OffsetDateTime activatedAt,
      OffsetDateTime suspendedAt,
      BigDecimal monthlyPrice,
      String currency) {}

  private static final String QUERY =
      """
      SELECT d.id, d.number, d.country_code, d.number_type::text, d.area, d.destination_uri,
             d.failover_uri, d.ring_timeout_seconds, d.activated_at, d.suspended_at,
             p.monthly_price, p.currency
        FROM did_inventory d
        LEFT JOIN LATERAL (SELECT pr.monthly_price, pr.currency FROM did_price pr
                       WHERE pr.tenant_id = d.tenant_id AND pr.country_code = d.country_code
                         AND pr.number_type = d.number_type AND lower(pr.area) IN (lower(d.area), '')
                         AND pr.effective_from <= ?::timestamptz
                       ORDER BY (lower(pr.area) = lower(d.area)) DESC, pr.effective_from DESC LIMIT 1) p ON true
       WHERE d.tenant_id = ?::uuid AND d.account_id = ?::uuid AND d.status = 'ACTIVE'
         AND d.deleted_at IS NULL
       ORDER BY d.number
      """;

  private final DSLContext db;
  private final Clock clock;

  AccountDids(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * The account's ACTIVE numbers, suspended ones included; staff of the account's tenant or the
   * account's own portal users (anyone else: {@code AccessDenied}, as for an unknown account).
   */
  @Transactional(readOnly = true)
  public List<AccountDid> inService(Actor actor, AccountId account) {
    AccessPolicy.requireCanView(actor, actor.tenantId(), account);
    return db.resultQuery(
            QUERY,
            clock.instant().atOffset(ZoneOffset.UTC),
            actor.tenantId().value(),
            account.value())
        .fetch(
            r ->
                new AccountDid(
                    r.get(0, UUID.class),
                    r.get(1, String.class),
                    r.get(2, String.class),
                    r.get(3, String.class),
                    r.get(4, String.class),
                    r.get(5, String.class),
                    r.get(6, String.class),
                    r.get(7, Integer.class) == null ? 30 : r.get(7, Integer.class),
                    r.get(8, OffsetDateTime.class),
                    r.get(9, OffsetDateTime.class),
                    r.get(10, BigDecimal.class),
                    r.get(11, String.class)));
  }
}
