package com.didtron.activities.kyc;

import static com.didtron.activities.db.Tables.KYC_CASE;
import static com.didtron.activities.db.Tables.KYC_DOCUMENT;

import com.didtron.activities.did.DidCountries;
import com.didtron.activities.segment.Segments;
import com.didtron.decisions.kyc.KycRequirementsPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account has not proven: the requirements of the number (the {@code kyc-requirements.dmn}
 * table united with the country's own requirements) minus what the account proved. IDENTITY is
 * proven by a verified Stripe Identity session or a staff approval of the KYC case; every other
 * document by an approved upload whose issue date (or, without one, upload date) is not older than
 * the requirement's maximum age at {@code at}.
 */
@Component
class ProvenKycGate implements KycGate {
  private static final KycRequirementsPolicy POLICY = KycRequirementsPolicy.standard();

  private final DidCountries countries;
  private final Segments segments;
  private final DSLContext db;

  ProvenKycGate(DidCountries countries, Segments segments, DSLContext db) {
    this.countries = countries;
    this.segments = segments;
    this.db = db;
  }

  @Override
  @Transactional(readOnly = true)
  public List<DidRequirement> unmet(
      TenantId tenant, AccountId account, String countryCode, NumberType type, Instant at) {
    List<DidRequirement> required = required(tenant, account, countryCode, type);
    Map<KycDocument, LocalDate> proven = proven(tenant, account);
    LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
    List<DidRequirement> unmet = new ArrayList<>();
    for (DidRequirement r : required) {
      LocalDate proof = proven.get(r.document());
      boolean ok =
          proof != null
              && (r.maxAgeDays() == null || !proof.plusDays(r.maxAgeDays()).isBefore(day));
      if (!ok) {
        unmet.add(r);
      }
    }
    return unmet;
  }

  /** The table's and the country's requirements of such a number for this account. */
  List<DidRequirement> required(
      TenantId tenant, AccountId account, String countryCode, NumberType type) {
    List<DidRequirement> country;
    try {
      country = countries.get(Actor.system("kyc-gate", tenant), countryCode).requirementsFor(type);
    } catch (NoSuchElementException e) {
      country = List.of();
    }
    return KycRequirementsPolicy.union(
        POLICY.requirements(countryCode, type, business(tenant, account)), country);
  }

  private boolean business(TenantId tenant, AccountId account) {
    return segments
        .of(account)
        .flatMap(s -> segments.category(tenant, s.categoryId()))
        .map(c -> !"INDIVIDUAL".equalsIgnoreCase(c.code()))
        .orElse(false);
  }

  /** Each proven document with the date its age counts from. */
  private Map<KycDocument, LocalDate> proven(TenantId tenant, AccountId account) {
    Map<KycDocument, LocalDate> proven = new EnumMap<>(KycDocument.class);
    var kase =
        db.select(KYC_CASE.STATE, KYC_CASE.IDENTITY_VERIFIED_AT, KYC_CASE.UPDATED_AT)
            .from(KYC_CASE)
            .where(KYC_CASE.TENANT_ID.eq(tenant.value()))
            .and(KYC_CASE.ACCOUNT_ID.eq(account.value()))
            .fetchOne();
    if (kase != null && (kase.value2() != null || KycState.VERIFIED.name().equals(kase.value1()))) {
      Instant when = kase.value2() != null ? kase.value2() : kase.value3();
      proven.put(KycDocument.IDENTITY, when.atOffset(ZoneOffset.UTC).toLocalDate());
    }
    for (var d :
        db.select(KYC_DOCUMENT.KIND, KYC_DOCUMENT.ISSUED_ON, KYC_DOCUMENT.CREATED_AT)
            .from(KYC_DOCUMENT)
            .where(KYC_DOCUMENT.TENANT_ID.eq(tenant.value()))
            .and(KYC_DOCUMENT.ACCOUNT_ID.eq(account.value()))
            .and(KYC_DOCUMENT.REVIEW_STATE.eq("APPROVED"))
            .and(KYC_DOCUMENT.DELETED_AT.isNull())
            .fetch()) {
      KycDocument kind = KycDocument.valueOf(d.value1());
      LocalDate from =
          d.value2() != null ? d.value2() : d.value3().atOffset(ZoneOffset.UTC).toLocalDate();
      proven.merge(kind, from, (a, b) -> a.isAfter(b) ? a : b);
    }
    return proven;
  }
}
