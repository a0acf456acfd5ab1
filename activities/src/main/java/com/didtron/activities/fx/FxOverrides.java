package com.didtron.activities.fx;

import static com.didtron.activities.db.Tables.FX_RATE;
import static com.didtron.activities.db.Tables.FX_RATE_OVERRIDE;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.ledger.LedgerAccess;
import com.didtron.domain.money.AmountParser;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.FxRatesChanged;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual override rates (finance staff, with a reason, audited) and what the rate cache holds. */
@Service
public class FxOverrides {
  private final DSLContext db;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  FxOverrides(DSLContext db, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** One override: 1 {@code base} = {@code rate} {@code quote} from {@code validFrom}. */
  public record Override(
      UUID id,
      String base,
      String quote,
      LocalDate validFrom,
      BigDecimal rate,
      String reason,
      String createdBy) {}

  /** Sets an override; returns the problems per field (empty when stored). */
  @Transactional
  public List<FieldError> set(
      Actor actor, String base, String quote, LocalDate validFrom, String rate, String reason) {
    LedgerAccess.requireFinanceAdmin(actor);
    List<FieldError> errors = new ArrayList<>();
    CurrencyCode b = currency("base", base, errors);
    CurrencyCode q = currency("quote", quote, errors);
    BigDecimal r = rate(rate, errors);
    if (b != null && b.equals(q)) {
      errors.add(new FieldError("quote", "Choose two different currencies"));
    }
    if (validFrom == null) {
      errors.add(new FieldError("validFrom", "Choose the first day the rate applies"));
    }
    if (reason == null || reason.strip().length() < 3) {
      errors.add(new FieldError("reason", "Give a reason (at least 3 characters)"));
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    UUID id = UUID.randomUUID();
    db.insertInto(FX_RATE_OVERRIDE)
        .set(FX_RATE_OVERRIDE.ID, id)
        .set(FX_RATE_OVERRIDE.TENANT_ID, actor.tenantId().value())
        .set(FX_RATE_OVERRIDE.BASE_CURRENCY, b.code())
        .set(FX_RATE_OVERRIDE.QUOTE_CURRENCY, q.code())
        .set(FX_RATE_OVERRIDE.VALID_FROM, validFrom)
        .set(FX_RATE_OVERRIDE.RATE, r)
        .set(FX_RATE_OVERRIDE.REASON, reason.strip())
        .set(FX_RATE_OVERRIDE.CREATED_BY, actor.name())
        .set(FX_RATE_OVERRIDE.CREATED_AT, clock.instant())
        .onConflict(
            FX_RATE_OVERRIDE.TENANT_ID,
            FX_RATE_OVERRIDE.BASE_CURRENCY,
            FX_RATE_OVERRIDE.QUOTE_CURRENCY,
            FX_RATE_OVERRIDE.VALID_FROM)
        .doUpdate()
        .set(FX_RATE_OVERRIDE.RATE, r)
        .set(FX_RATE_OVERRIDE.REASON, reason.strip())
        .set(FX_RATE_OVERRIDE.CREATED_BY, actor.name())
        .execute();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("pair", b + "/" + q);
    after.put("validFrom", validFrom.toString());
    after.put("rate", r.stripTrailingZeros().toPlainString());
    after.put("reason", reason.strip());
    audit.record(
        actor,
        actor.tenantId(),
        AuditAction.CREATE,
        "fx_rate_override",
        id.toString(),
        null,
        after);
    events.publishEvent(new FxRatesChanged("override"));
    return List.of();
  }

  @Transactional(readOnly = true)
  public List<Override> list(Actor actor) {
    LedgerAccess.requireLedgerReader(actor);
    return db.selectFrom(FX_RATE_OVERRIDE)
        .where(FX_RATE_OVERRIDE.TENANT_ID.eq(actor.tenantId().value()))
        .orderBy(FX_RATE_OVERRIDE.VALID_FROM.desc(), FX_RATE_OVERRIDE.BASE_CURRENCY)
        .fetch(
            r ->
                new Override(
                    r.getId(),
                    r.getBaseCurrency(),
                    r.getQuoteCurrency(),
                    r.getValidFrom(),
                    r.getRate(),
                    r.getReason(),
                    r.getCreatedBy()));
  }

  /** The latest day with published rates, and how many currencies it has; null if none. */
  @Transactional(readOnly = true)
  public String cacheSummary() {
    var latest =
        db.select(FX_RATE.DAY, DSL.count())
            .from(FX_RATE)
            .groupBy(FX_RATE.DAY)
            .orderBy(FX_RATE.DAY.desc())
            .limit(1)
            .fetchOptional();
    return latest.map(r -> r.value2() + " published rates of " + r.value1()).orElse(null);
  }

  private static CurrencyCode currency(String field, String code, List<FieldError> errors) {
    try {
      return CurrencyCode.of(code);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "Currency: " + e.getMessage()));
      return null;
    }
  }

  private static BigDecimal rate(String text, List<FieldError> errors) {
    return switch (AmountParser.parse(text)) {
      case AmountParser.Refused no -> {
        errors.add(new FieldError("rate", no.reason()));
        yield null;
      }
      case AmountParser.Amount a when a.value().signum() <= 0 -> {
        errors.add(new FieldError("rate", "The rate must be greater than zero"));
        yield null;
      }
      case AmountParser.Amount a -> a.value().setScale(FxRates.SCALE, RoundingMode.HALF_UP);
    };
  }
}
