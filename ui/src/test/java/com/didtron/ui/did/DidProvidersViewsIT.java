package com.didtron.ui.did;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.didtron.activities.did.DidProviderCatalog.ProviderInfo;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DID providers page without a DIDWW key: the manual provider listed with its inventory, the
 * search replaced by how to configure an API provider; customers cannot open it. (Search and add at
 * DIDWW: DidProviderCatalogIT against the DIDWW stub.)
 */
class DidProvidersViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;

  @Test
  @SuppressWarnings("unchecked")
  void staffSeeTheProvidersAndSearchAnApiProviderWithTheReasonOfABadQuery() {
    signIn(ADMIN);
    UI.getCurrent().navigate(DidProvidersView.class);
    List<ProviderInfo> rows = rows(_get(Grid.class, spec -> spec.withClasses("dt-did-providers")));
    assertThat(rows)
        .extracting(ProviderInfo::code, ProviderInfo::enabled, ProviderInfo::searchable)
        .contains(
            tuple("manual", true, false),
            tuple("didww", false, false),
            // the test platform's provider that refuses orders and has no stock
            tuple("refusing", true, true));

    _get(TextField.class, spec -> spec.withClasses("dt-provider-country")).setValue("Germany");
    _click(_get(Button.class, spec -> spec.withClasses("dt-provider-search")));
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("dt-provider-summary")).getText())
        .isEqualTo("The country must be a 2-letter ISO code");

    _get(TextField.class, spec -> spec.withClasses("dt-provider-country")).setValue("DE");
    _click(_get(Button.class, spec -> spec.withClasses("dt-provider-search")));
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("dt-provider-summary")).getText())
        .isEqualTo("The provider has no such number now.");
    assertThat(GridKt._size(_get(Grid.class, spec -> spec.withClasses("dt-provider-numbers"))))
        .isZero();
    assertThat(_get(Button.class, spec -> spec.withClasses("dt-provider-add")).isVisible())
        .isTrue();
  }

  @Test
  void aCustomerCannotOpenTheProvidersPage() {
    Account customer = fixtures.account(admin(), Fixtures.unique("ProvidersView"));
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(DidProvidersView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
