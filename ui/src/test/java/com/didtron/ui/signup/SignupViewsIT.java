package com.didtron.ui.signup;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.product.ProductVisibilityService;
import com.didtron.activities.segment.SegmentService;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.ui.base.Menu;
import com.didtron.ui.livecalls.MyLiveCallsView;
import com.didtron.ui.siptest.MySipTesterView;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public sign-up pages for an anonymous visitor, and product visibility in the portal menu. */
class SignupViewsIT extends BrowserlessViewsIT {
  @Autowired Fixtures fixtures;
  @Autowired SegmentService segments;
  @Autowired ProductVisibilityService visibility;
  @Autowired DSLContext db;

  private String brand() {
    String code = Fixtures.unique("brand").toLowerCase();
    fixtures.tenant(code);
    return code;
  }

  @Test
  void anAnonymousVisitorSignsUpOnTheBrandPageAndConfirmsWithTheEmailedLink() {
    String code = brand();
    UI.getCurrent().navigate(SignupView.class, QueryParameters.of("brand", code));
    SignupView page = _get(SignupView.class);
    page.name.setValue("Ann's Calls");
    page.email.setValue(Fixtures.unique("ann").toLowerCase() + "@example.com");
    page.password.setValue("a long enough password");
    page.country.setValue("FR");
    page.category.setValue(
        page.category
            .getListDataView()
            .getItems()
            .filter(c -> c.code().equals("SMALL_BUSINESS"))
            .findFirst()
            .orElseThrow());
    String email = page.email.getValue();

    page.submit.click();

    assertThat(page.message.getText()).startsWith("Check your inbox");
    UI.getCurrent().navigate(VerifyEmailView.class, QueryParameters.of("token", token(email)));
    VerifyEmailView verify = _get(VerifyEmailView.class);
    assertThat(verify.title.getText()).isEqualTo("Email confirmed");
    assertThat(verify.message.getText()).contains("account is active");
  }

  @Test
  void aFormWithProblemsShowsEachOnItsFieldAndStaysOnThePage() {
    UI.getCurrent().navigate(SignupView.class, QueryParameters.of("brand", brand()));
    SignupView page = _get(SignupView.class);
    page.email.setValue("nobody");
    page.password.setValue("short");

    page.submit.click();

    assertThat(page.email.isInvalid()).isTrue();
    assertThat(page.password.getErrorMessage())
        .isEqualTo("The password needs 12 to 200 characters");
    assertThat(page.name.isInvalid()).isTrue();
    assertThat(page.category.getErrorMessage()).isEqualTo("Choose what describes you best");
  }

  @Test
  void aCustomerWhoseCategoryMayNotSeeLiveCallsHasNoMenuEntryAndIsRefusedThePage() {
    TenantId tenant = fixtures.tenant(Fixtures.unique("vis").toLowerCase());
    var admin = admin().inTenant(tenant);
    CustomerCategory wholesaler = category(admin, "WHOLESALER");
    visibility.replace(
        admin,
        Product.LIVE_CALLS,
        List.of(
            new VisibilityRule(
                Product.LIVE_CALLS, VisibilityScope.CATEGORY, wholesaler.id().value())));
    Account individual = fixtures.account(admin, Fixtures.unique("Ind"));
    segments.assign(admin, individual.id(), category(admin, "INDIVIDUAL").id(), null);
    Account wholesale = fixtures.account(admin, Fixtures.unique("Whs"));
    segments.assign(admin, wholesale.id(), wholesaler.id(), null);
    String refused = fixtures.portalUser(admin, individual, Role.CUSTOMER);
    String allowed = fixtures.portalUser(admin, wholesale, Role.CUSTOMER);

    signIn(refused);
    assertThat(labels(refused)).contains("Invoices").doesNotContain("Live calls");
    UI.getCurrent().navigate(MyLiveCallsView.class);
    assertThat(_get(Paragraph.class).getText())
        .startsWith("Live calls is not offered to your account.");

    signIn(allowed);
    assertThat(labels(allowed)).contains("Live calls");
  }

  @Test
  void anIndividualCustomerHasNoSipTesterEntryAndIsRefusedThePageWhileAWholesalerUsesIt() {
    TenantId tenant = fixtures.tenant(Fixtures.unique("sip").toLowerCase());
    var admin = admin().inTenant(tenant);
    Account individual = fixtures.account(admin, Fixtures.unique("Ind"));
    segments.assign(admin, individual.id(), category(admin, "INDIVIDUAL").id(), null);
    Account wholesale = fixtures.account(admin, Fixtures.unique("Whs"));
    segments.assign(admin, wholesale.id(), category(admin, "WHOLESALER").id(), null);
    String refused = fixtures.portalUser(admin, individual, Role.CUSTOMER);
    String allowed = fixtures.portalUser(admin, wholesale, Role.CUSTOMER);

    signIn(refused);
    assertThat(labels(refused)).doesNotContain("SIP tester");
    UI.getCurrent().navigate(MySipTesterView.class);
    assertThat(_get(Paragraph.class).getText())
        .startsWith("SIP tester is not offered to your account.");

    signIn(allowed);
    assertThat(labels(allowed)).contains("SIP tester");
    UI.getCurrent().navigate(MySipTesterView.class);
    _get(TextField.class, spec -> spec.withLabel("SIP address")).setValue("sip:10.20.30.40:5060");
    _get(Button.class, spec -> spec.withText("Send OPTIONS")).click();
    assertThat(_get(Paragraph.class).getText()).startsWith("FAILED");
  }

  private List<String> labels(String email) {
    return Menu.visibleTo(actorOf(email)).stream()
        .flatMap(m -> m.items().stream())
        .map(Menu.Item::label)
        .toList();
  }

  private CustomerCategory category(com.didtron.domain.access.Actor admin, String code) {
    return segments.categories(admin).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private String token(String email) {
    String text =
        db.select(EMAIL_OUTBOX.TEXT_BODY)
            .from(EMAIL_OUTBOX)
            .where(EMAIL_OUTBOX.TO_ADDRESS.eq(email))
            .and(EMAIL_OUTBOX.KIND.eq("SIGNUP_VERIFY"))
            .fetchSingle(EMAIL_OUTBOX.TEXT_BODY);
    Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
