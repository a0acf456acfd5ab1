package com.didtron.activities.did;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The manual provider: numbers an operator bought elsewhere and imported from CSV. Nothing is
 * ordered or released anywhere (the operator does that by hand); the inventory is the stock, so
 * {@link #search} finds nothing beyond it, and the requirements are the country's.
 */
@Component
class ManualDidProvider implements DidProvider {
  static final String CODE = "manual";

  private final JooqDidCountryRepository countries;

  ManualDidProvider(JooqDidCountryRepository countries) {
    this.countries = countries;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public List<ProviderNumber> search(Query query) {
    return List.of();
  }

  @Override
  public Ordered order(ProviderNumber number) {
    return new Ordered("manual:" + number.number(), "completed");
  }

  @Override
  public void release(String number) {
    // the operator returns manual numbers to their supplier outside the platform
  }

  @Override
  public List<DidRequirement> requirements(String country, NumberType type) {
    return Optional.ofNullable(country)
        .flatMap(countries::get)
        .map(c -> c.requirementsFor(type))
        .orElse(List.of());
  }
}
