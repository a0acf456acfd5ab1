package com.didtron.ui.signup;

import com.didtron.activities.signup.SignupForm;
import com.didtron.activities.signup.SignupOutcome;
import com.didtron.activities.signup.SignupService;
import com.didtron.activities.signup.SignupService.Brand;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.segment.CustomerCategory;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * A brand's public sign-up page ({@code /signup?brand=CODE}): name, email, password, country and
 * category. Every accepted form reads "check your inbox", whether or not the address already had a
 * user; problems show on their field.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · DIDTron")
@AnonymousAllowed
public class SignupView extends Main implements BeforeEnterObserver {
  private final transient SignupService signups;
  final TextField name = new TextField("Company or your name");
  final EmailField email = new EmailField("Email");
  final PasswordField password = new PasswordField("Password");
  final ComboBox<String> country = new ComboBox<>("Country");
  final ComboBox<CustomerCategory> category = new ComboBox<>("What describes you best");
  final TextField website = new TextField("Website");
  final Button submit = new Button("Create account");
  final Paragraph message = new Paragraph();
  private final Div card = new Div();
  private String brandCode;

  public SignupView(SignupService signups) {
    this.signups = signups;
    addClassName("dt-login");
    card.addClassNames("dt-login-card", "dt-signup-card");
    configureFields();
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    brandCode = event.getLocation().getQueryParameters().getSingleParameter("brand").orElse(null);
    card.removeAll();
    signups
        .brand(brandCode)
        .ifPresentOrElse(this::showForm, () -> card.add(new H2("No such sign-up page")));
  }

  private void configureFields() {
    password.setHelperText("At least 12 characters");
    country.setItems(
        Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(SignupView::countryName))
            .toList());
    country.setItemLabelGenerator(SignupView::countryName);
    category.setItemLabelGenerator(CustomerCategory::name);
    // a trap for bots: hidden from people (and from screen readers), filled by form robots
    website.getElement().getStyle().set("display", "none");
    website.getElement().setAttribute("aria-hidden", "true");
    website.getElement().setAttribute("tabindex", "-1");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> submit());
  }

  private void showForm(Brand brand) {
    category.setItems(brand.categories());
    Paragraph intro = new Paragraph("Create your " + brand.name() + " account.");
    card.add(new H2("Sign up"), intro, name, email, password, country, category, website, submit);
    card.add(message);
    Anchor signIn = new Anchor("login", "Already a customer? Sign in");
    signIn.getElement().setAttribute("data-testid", "signup-sign-in");
    card.add(new Paragraph(signIn));
  }

  void submit() {
    clearErrors();
    CustomerCategory chosen = category.getValue();
    CategoryId categoryId = chosen == null ? null : chosen.id();
    VaadinRequest request = VaadinRequest.getCurrent();
    String ip = request == null ? null : request.getRemoteAddr();
    var form =
        new SignupForm(
            brandCode,
            name.getValue(),
            email.getValue(),
            password.getValue(),
            country.getValue(),
            categoryId,
            website.getValue(),
            ip);
    switch (signups.signUp(form)) {
      case SignupOutcome.Accepted a -> {
        card.removeAll();
        card.add(new H2("Check your inbox"), message);
        message.setText(a.message());
      }
      case SignupOutcome.Rejected r -> r.errors().forEach(this::show);
    }
  }

  private void show(FieldError e) {
    Map<String, HasValidation> fields =
        Map.of(
            "name", name,
            "email", email,
            "password", password,
            "country", country,
            "categoryId", category);
    HasValidation field = fields.get(e.field());
    if (field == null) {
      message.setText(e.message());
      return;
    }
    field.setErrorMessage(e.message());
    field.setInvalid(true);
  }

  private void clearErrors() {
    message.setText("");
    for (HasValidation f : new HasValidation[] {name, email, password, country, category}) {
      f.setInvalid(false);
    }
  }

  private static String countryName(String code) {
    return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
