package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.NumberType;
import java.util.List;

/**
 * A country numbers are sold in, with what customers must prove per number type.
 *
 * @param code ISO 3166 alpha-2
 * @param dialCode the country calling code without the plus
 */
@Facade
public record DidCountry(
    String code, String name, String dialCode, List<DidRequirement> requirements) {
  public DidCountry {
    requirements = List.copyOf(requirements);
  }

  /** The requirements for numbers of {@code type}. */
  public List<DidRequirement> requirementsFor(NumberType type) {
    return requirements.stream().filter(r -> r.type() == type).toList();
  }
}
