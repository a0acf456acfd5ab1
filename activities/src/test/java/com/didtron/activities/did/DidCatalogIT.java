package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** DID countries with their requirements, and the DID price list. */
class DidCatalogIT extends ActivitiesIT {
  @Autowired DidCountries countries;
  @Autowired DidPrices prices;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  @Test
  void germanGeographicNumbersAskForAProofOfAddressAtMostThreeMonthsOldAndTollFreeForABusiness() {
    DidCountry de = countries.get(admin(), "de");

    assertThat(de.dialCode()).isEqualTo("49");
    assertThat(de.requirementsFor(NumberType.GEOGRAPHIC))
        .extracting(DidRequirement::document, DidRequirement::maxAgeDays)
        .contains(
            org.assertj.core.groups.Tuple.tuple(KycDocument.PROOF_OF_ADDRESS, 90),
            org.assertj.core.groups.Tuple.tuple(KycDocument.IDENTITY, null));
    assertThat(de.requirementsFor(NumberType.TOLL_FREE))
        .extracting(DidRequirement::document)
        .contains(KycDocument.BUSINESS_REGISTRATION);
    assertThat(countries.list(admin()))
        .extracting(DidCountry::code)
        .contains("US", "GB", "FR", "ES");
  }

  @Test
  void aSuperAdminAddsACountryWithRequirementsAndChangesThemWithBothStepsAudited() {
    String code = "LU";
    var first =
        countries.save(
            admin(),
            code,
            new DidCountries.CountryDraft(
                "Luxembourg",
                "352",
                List.of(
                    new DidRequirement(
                        NumberType.GEOGRAPHIC, KycDocument.PROOF_OF_ADDRESS, 90, "Recent bill"))));
    assertThat(first).isInstanceOf(DidCountries.CountryChange.Saved.class);

    var second =
        countries.save(
            admin(),
            code,
            new DidCountries.CountryDraft(
                "Luxembourg",
                "352",
                List.of(
                    new DidRequirement(NumberType.GEOGRAPHIC, KycDocument.IDENTITY, null, ""),
                    new DidRequirement(
                        NumberType.TOLL_FREE, KycDocument.BUSINESS_REGISTRATION, null, ""))));

    DidCountry lu = ((DidCountries.CountryChange.Saved) second).country();
    assertThat(lu.requirements())
        .extracting(DidRequirement::document)
        .containsExactlyInAnyOrder(KycDocument.IDENTITY, KycDocument.BUSINESS_REGISTRATION);
    assertThat(
            db.select(AUDIT_LOG.ACTION)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("did_country"), AUDIT_LOG.ENTITY_ID.eq(code))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AUDIT_LOG.ACTION))
        .containsExactly("CREATE", "UPDATE");
  }

  @Test
  void aCountryDraftWithABadCodeOrARepeatedRequirementIsRejectedFieldByField() {
    var change =
        countries.save(
            admin(),
            "Lux",
            new DidCountries.CountryDraft(
                "",
                "0",
                List.of(
                    new DidRequirement(NumberType.MOBILE, KycDocument.IDENTITY, null, ""),
                    new DidRequirement(NumberType.MOBILE, KycDocument.IDENTITY, null, ""))));

    assertThat(((DidCountries.CountryChange.Rejected) change).errors())
        .extracting(FieldError::field)
        .containsExactly("code", "name", "dialCode", "requirements");
  }

  @Test
  void onlySuperAdminsChangeCountriesAndOnlyAdminsOrAnalystsChangePrices() {
    String finance = fixtures.staffUser(admin(), Role.FINANCE);
    assertThatThrownBy(
            () ->
                countries.save(
                    actorOf(finance), "LU", new DidCountries.CountryDraft("L", "352", List.of())))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> prices.add(actorOf(finance), draft("1", null)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void aNewPriceSupersedesTheOldOneFromItsEffectiveDateAndBothStayInTheList() {
    var admin = admin().inTenant(fixtures.tenant(Fixtures.unique("price")));
    Instant later = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    DidPrice now = ((DidPrices.PriceChange.Saved) prices.add(admin, draft("1.50", null))).price();
    prices.add(admin, draft("1.80", null));
    prices.add(admin, draft("2.00", later));

    List<DidPrice> listed = prices.list(admin, "ES");
    assertThat(listed)
        .extracting(DidPrice::monthlyPrice)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("1.800000", "2.000000");
    assertThat(listed.getLast().effectiveFrom()).isEqualTo(later);
    assertThat(now.monthlyPrice()).isEqualByComparingTo("1.50");
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("did_price")
                    .and(AUDIT_LOG.TENANT_ID.eq(admin.tenantId().value()))))
        .isEqualTo(3);
  }

  @Test
  void aPriceWithANegativeAmountAnUnknownCountryOrAPastStartIsRejected() {
    var change =
        prices.add(
            admin(),
            new DidPrices.PriceDraft(
                "XX",
                NumberType.GEOGRAPHIC,
                null,
                new BigDecimal("-1"),
                BigDecimal.ONE,
                BigDecimal.ZERO,
                "eur",
                Instant.now().minus(1, ChronoUnit.DAYS)));

    assertThat(((DidPrices.PriceChange.Rejected) change).errors())
        .extracting(FieldError::field)
        .containsExactly("country", "monthlyPrice", "effectiveFrom");
  }

  private static DidPrices.PriceDraft draft(String monthly, Instant from) {
    return new DidPrices.PriceDraft(
        "ES",
        NumberType.GEOGRAPHIC,
        "",
        new BigDecimal(monthly),
        new BigDecimal("3"),
        new BigDecimal("0.005"),
        "EUR",
        from);
  }
}
