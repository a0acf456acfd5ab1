package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.did.DidRequirement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries numbers are sold in and what customers must prove there, per number type. Every
 * signed-in user reads them (a customer sees what it will be asked for); super admins add and
 * change them (the list is platform-wide), every change audited.
 */
@Facade
@Service
public class DidCountries {
  static final String ENTITY = "did_country";

  private final JooqDidCountryRepository countries;
  private final AuditTrail audit;
  private final Clock clock;

  DidCountries(JooqDidCountryRepository countries, AuditTrail audit, Clock clock) {
    this.countries = countries;
    this.audit = audit;
    this.clock = clock;
  }

  /** A country as an admin edits it: its name, calling code and the full list of requirements. */
  public record CountryDraft(String name, String dialCode, List<DidRequirement> requirements) {}

  /** Either the saved country or what is wrong with the draft. */
  public sealed interface CountryChange {
    record Saved(DidCountry country) implements CountryChange {}

    record Rejected(List<FieldError> errors) implements CountryChange {}
  }

  @Transactional(readOnly = true)
  public List<DidCountry> list(Actor actor) {
    return countries.all();
  }

  @Transactional(readOnly = true)
  public DidCountry get(Actor actor, String code) {
    return countries
        .get(code == null ? "" : code.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new NoSuchElementException("No such DID country"));
  }

  /** Adds or replaces a country and its requirements. */
  @Transactional
  public CountryChange save(Actor actor, String code, CountryDraft draft) {
    AccessPolicy.requireSuperAdmin(actor);
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    List<FieldError> errors = validate(c, draft);
    if (!errors.isEmpty()) {
      return new CountryChange.Rejected(errors);
    }
    DidCountry before = countries.get(c).orElse(null);
    countries.save(
        c, draft.name().strip(), draft.dialCode().strip(), draft.requirements(), clock.instant());
    DidCountry after = countries.get(c).orElseThrow();
    audit.record(
        actor,
        null,
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        ENTITY,
        c,
        before == null ? null : snapshot(before),
        snapshot(after));
    return new CountryChange.Saved(after);
  }

  private static List<FieldError> validate(String code, CountryDraft d) {
    List<FieldError> errors = new ArrayList<>();
    if (!code.matches("[A-Z]{2}")) {
      errors.add(new FieldError("code", "must be a two-letter ISO country code"));
    }
    if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 120) {
      errors.add(new FieldError("name", "is required (at most 120 characters)"));
    }
    if (d.dialCode() == null || !d.dialCode().strip().matches("[1-9][0-9]{0,3}")) {
      errors.add(new FieldError("dialCode", "must be the calling code, 1 to 4 digits"));
    }
    Set<String> seen = new HashSet<>();
    for (DidRequirement r :
        d.requirements() == null ? List.<DidRequirement>of() : d.requirements()) {
      if (r == null || r.type() == null || r.document() == null) {
        errors.add(new FieldError("requirements", "each needs a type and a document"));
      } else if (!seen.add(r.type() + "/" + r.document())) {
        errors.add(
            new FieldError("requirements", r.document() + " is listed twice for " + r.type()));
      } else if (r.maxAgeDays() != null && (r.maxAgeDays() < 1 || r.maxAgeDays() > 3650)) {
        errors.add(new FieldError("requirements", "maxAgeDays must be between 1 and 3650"));
      } else if (r.note().length() > 500) {
        errors.add(new FieldError("requirements", "a note is at most 500 characters"));
      }
    }
    if (d.requirements() == null) {
      errors.add(new FieldError("requirements", "is required (an empty list for none)"));
    }
    return errors;
  }

  static Map<String, Object> snapshot(DidCountry c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("dialCode", c.dialCode());
    m.put(
        "requirements",
        c.requirements().stream()
            .map(
                r ->
                    r.type()
                        + ":"
                        + r.document()
                        + (r.maxAgeDays() == null ? "" : "<=" + r.maxAgeDays() + "d"))
            .toList());
    return m;
  }
}
