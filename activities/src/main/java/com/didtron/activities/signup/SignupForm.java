package com.didtron.activities.signup;

import com.didtron.activities.Facade;
import com.didtron.activities.user.PortalUsers;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.segment.CategoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a visitor enters on a brand's sign-up page.
 *
 * @param brand the tenant code ({@code /signup?brand=…})
 * @param trap a field people never see and never fill; bots do
 * @param clientIp the visitor's address, for the per-address limit
 */
@Facade
public record SignupForm(
    String brand,
    String name,
    String email,
    String password,
    String country,
    CategoryId categoryId,
    String trap,
    String clientIp) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Every problem of the form, each with its field. */
  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "Enter your company or your own name"));
    } else if (name.strip().length() > 120) {
      errors.add(new FieldError("name", "The name is longer than 120 characters"));
    }
    if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new FieldError("email", "Enter an email address"));
    } else if (email.strip().length() > 254) {
      errors.add(new FieldError("email", "The email address is too long"));
    }
    PortalUsers.passwordProblem(password).ifPresent(p -> errors.add(new FieldError("password", p)));
    if (country == null || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
      errors.add(new FieldError("country", "Choose your country"));
    }
    if (categoryId == null) {
      errors.add(new FieldError("categoryId", "Choose what describes you best"));
    }
    return List.copyOf(errors);
  }

  String normalizedEmail() {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  String normalizedCountry() {
    return country.strip().toUpperCase(Locale.ROOT);
  }

  boolean looksLikeABot() {
    return trap != null && !trap.isBlank();
  }
}
