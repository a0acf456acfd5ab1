package com.didtron.ui.did;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.did.DidCountry;
import com.didtron.activities.did.DidPrice;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DID countries and prices page. */
class DidCatalogViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;

  @Test
  void anAdminSeesGermanRequirementsAndAddsAPriceAndABadPriceMarksItsFields() {
    signIn(ADMIN);
    UI.getCurrent().navigate(DidCatalogView.class);
    List<DidCountry> countries = rows(_get(Grid.class, s -> s.withClasses("dt-did-countries")));
    DidCountry de = countries.stream().filter(c -> c.code().equals("DE")).findFirst().orElseThrow();
    assertThat(de.requirements().stream().map(DidCatalogView::describe))
        .contains("GEOGRAPHIC: PROOF_OF_ADDRESS (at most 90 days old)");

    DidPriceForm form = _get(DidPriceForm.class);
    form.country.setValue("PT");
    form.area.setValue(Fixtures.unique("Porto"));
    form.monthly.setValue("1.25");
    form.setup.setValue("2");
    form.inbound.setValue("0.004");
    form.currency.setValue("EUR");
    form.save();
    List<DidPrice> prices = rows(_get(Grid.class, s -> s.withClasses("dt-did-prices")));
    assertThat(prices)
        .anySatisfy(
            p -> {
              assertThat(p.area()).isEqualTo(form.area.getValue());
              assertThat(p.monthlyPrice()).isEqualByComparingTo("1.25");
            });

    form.monthly.setValue("-1");
    form.currency.setValue("euro");
    form.save();
    assertThat(form.monthly.isInvalid()).isTrue();
    assertThat(form.currency.isInvalid()).isTrue();
    assertThat(form.country.isInvalid()).isFalse();
  }

  @Test
  void aSuperAdminAddsACountryAndReplacesItsRequirementsAndABadLineIsMarked() {
    signIn(ADMIN);
    UI.getCurrent().navigate(DidCatalogView.class);
    DidCountryForm form = _get(DidCountryForm.class);
    form.code.setValue("MT");
    form.name.setValue("Malta");
    form.dialCode.setValue("356");
    form.requirements.setValue("GEOGRAPHIC PROOF_OF_ADDRESS 60 a recent bill\nMOBILE IDENTITY");
    form.save();
    DidCountry mt = country("MT");
    assertThat(mt.requirements().stream().map(DidCatalogView::describe))
        .containsExactlyInAnyOrder(
            "GEOGRAPHIC: PROOF_OF_ADDRESS (at most 60 days old)", "MOBILE: IDENTITY");
    assertThat(mt.requirements().getFirst().note()).isIn("a recent bill", "");

    form.edit(mt);
    assertThat(form.requirements.getValue())
        .contains("GEOGRAPHIC PROOF_OF_ADDRESS 60 a recent bill");
    form.requirements.setValue("TOLL_FREE SERVICE_DESCRIPTION");
    form.save();
    assertThat(country("MT").requirements().stream().map(DidCatalogView::describe))
        .containsExactly("TOLL_FREE: SERVICE_DESCRIPTION");

    form.requirements.setValue("GEOGRAPHIC NO_SUCH_DOCUMENT");
    form.save();
    assertThat(form.requirements.isInvalid()).isTrue();
    form.requirements.setValue("");
    form.dialCode.setValue("abc");
    form.save();
    assertThat(form.dialCode.isInvalid()).isTrue();
    assertThat(country("MT").requirements()).hasSize(1);
  }

  private static DidCountry country(String code) {
    List<DidCountry> countries = rows(_get(Grid.class, s -> s.withClasses("dt-did-countries")));
    return countries.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void anAuditorReadsThePricesWithoutTheForm() {
    signIn(fixtures.staffUser(admin(), Role.AUDITOR));
    UI.getCurrent().navigate(DidCatalogView.class);
    assertThat(_find(DidPriceForm.class)).isEmpty();
    assertThat(_find(DidCountryForm.class)).isEmpty();
    _get(Grid.class, s -> s.withClasses("dt-did-prices"));
  }
}
