package com.didtron.ui.segment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.segment.SegmentService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.product.Product;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A brand's admin manages categories, places a customer and sets who sees a product. */
class CustomerCategoriesViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired SegmentService segments;

  @Test
  void anAdminAddsACategoryPutsACustomerIntoItAndOffersItTheSipTester() {
    TenantId tenant = fixtures.tenant(Fixtures.unique("cat").toLowerCase());
    Actor brandAdmin = admin().inTenant(tenant);
    Account customer = fixtures.account(brandAdmin, Fixtures.unique("Reseller"));
    signIn(fixtures.staffUser(brandAdmin, Role.TENANT_ADMIN));
    UI.getCurrent().navigate(CustomerCategoriesView.class);
    CustomerCategoriesView page = _get(CustomerCategoriesView.class);

    page.code.setValue("RESELLER");
    page.name.setValue("Reseller");
    page.billing.setValue(BillingMode.POSTPAID);
    page.credit.setValue(new BigDecimal("300"));
    page.create.click();
    CustomerCategory reseller =
        segments.categories(brandAdmin).stream()
            .filter(c -> c.code().equals("RESELLER"))
            .findFirst()
            .orElseThrow();
    page.grid.select(reseller);
    PlacementPanel placement = _get(PlacementPanel.class);
    placement.account.setValue(customer);
    placement.place.click();
    VisibilityPanel visibility = _get(VisibilityPanel.class);
    visibility.product.setValue(Product.SIP_TESTER);
    visibility.categories.select(reseller);
    visibility.save.click();

    assertThat(reseller.creditLimit()).isEqualByComparingTo("300");
    assertThat(segments.segmentOf(brandAdmin, customer.id()))
        .hasValueSatisfying(s -> assertThat(s.categoryId()).isEqualTo(reseller.id()));
    assertThat(visibility.categories.getValue())
        .extracting(CustomerCategory::code)
        .contains("RESELLER", "ENTERPRISE", "WHOLESALER", "CALL_CENTER");
  }
}
