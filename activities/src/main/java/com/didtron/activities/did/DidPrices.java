package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sell side of numbers: the tenant's DID price list. Staff read it; admins and analysts add
 * prices (a new price supersedes the previous one of the same country, type and area from its
 * effective date on; nothing is overwritten). Every price added is audited.
 */
@Facade
@Service
public class DidPrices {
  static final String ENTITY = "did_price";
  private static final BigDecimal MAX = new BigDecimal("1000000");

  private final JooqDidPriceRepository prices;
  private final JooqDidCountryRepository countries;
  private final AuditTrail audit;
  private final Clock clock;

  DidPrices(
      JooqDidPriceRepository prices,
      JooqDidCountryRepository countries,
      AuditTrail audit,
      Clock clock) {
    this.prices = prices;
    this.countries = countries;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A price to add.
   *
   * @param area null or blank for every area of the country
   * @param effectiveFrom null for now; never in the past
   */
  public record PriceDraft(
      String country,
      NumberType type,
      String area,
      BigDecimal monthlyPrice,
      BigDecimal setupPrice,
      BigDecimal inboundPerMinute,
      String currency,
      Instant effectiveFrom) {
    public PriceDraft {
      country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
      area = area == null ? "" : area.strip();
      currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }
  }

  /** Either the price added or what is wrong with the draft. */
  public sealed interface PriceChange {
    record Saved(DidPrice price) implements PriceChange {}

    record Rejected(List<FieldError> errors) implements PriceChange {}
  }

  /** The prices in force now and those scheduled, optionally of one country. */
  @Transactional(readOnly = true)
  public List<DidPrice> list(Actor actor, String country) {
    AccessPolicy.requireStaff(actor);
    return prices.current(
        actor.tenantId().value(),
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT),
        clock.instant());
  }

  @Transactional
  public PriceChange add(Actor actor, PriceDraft draft) {
    if (!actor.isAdmin() && !actor.has(Role.ANALYST)) {
      throw new AccessDenied("Only admins and analysts may change DID prices");
    }
    Instant now = clock.instant();
    Instant from = draft.effectiveFrom() == null ? now : draft.effectiveFrom();
    List<FieldError> errors = validate(draft, from, now);
    if (errors.isEmpty() && prices.exists(actor.tenantId().value(), draft, from)) {
      errors.add(
          new FieldError("effectiveFrom", "a price for this country, type and area starts then"));
    }
    if (!errors.isEmpty()) {
      return new PriceChange.Rejected(errors);
    }
    DidPrice saved = prices.insert(actor.tenantId().value(), draft, from, actor.name(), now);
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        ENTITY,
        saved.id().toString(),
        null,
        snapshot(saved));
    return new PriceChange.Saved(saved);
  }

  private List<FieldError> validate(PriceDraft d, Instant from, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (d.country() == null || !countries.codes().contains(d.country())) {
      errors.add(new FieldError("country", "must be a DID country (see /api/did-countries)"));
    }
    if (d.type() == null) {
      errors.add(new FieldError("type", "must be GEOGRAPHIC, MOBILE, TOLL_FREE or NATIONAL"));
    }
    if (d.area().length() > 120) {
      errors.add(new FieldError("area", "is at most 120 characters"));
    }
    amount(errors, "monthlyPrice", d.monthlyPrice());
    amount(errors, "setupPrice", d.setupPrice());
    amount(errors, "inboundPerMinute", d.inboundPerMinute());
    if (d.currency() == null || !d.currency().matches("[A-Z]{3}")) {
      errors.add(new FieldError("currency", "must be a three-letter ISO code"));
    }
    if (from.isBefore(now.minusSeconds(60))) {
      errors.add(new FieldError("effectiveFrom", "must not be in the past"));
    }
    return errors;
  }

  private static void amount(List<FieldError> errors, String field, BigDecimal v) {
    if (v == null || v.signum() < 0 || v.compareTo(MAX) > 0 || v.stripTrailingZeros().scale() > 6) {
      errors.add(new FieldError(field, "must be between 0 and 1000000 with at most 6 decimals"));
    }
  }

  static Map<String, Object> snapshot(DidPrice p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("country", p.country());
    m.put("type", p.type().name());
    m.put("area", p.area());
    m.put("monthlyPrice", p.monthlyPrice().toPlainString());
    m.put("setupPrice", p.setupPrice().toPlainString());
    m.put("inboundPerMinute", p.inboundPerMinute().toPlainString());
    m.put("currency", p.currency());
    m.put("effectiveFrom", p.effectiveFrom().toString());
    return m;
  }
}
