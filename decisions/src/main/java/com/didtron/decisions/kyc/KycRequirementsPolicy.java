package com.didtron.decisions.kyc;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What an account must prove before it may have a number of a type in a country, from the {@code
 * kyc-requirements.dmn} table (every matching row adds a document). {@link #union} adds a country's
 * own requirements; a document asked for twice keeps the stricter (smaller) maximum age.
 */
public final class KycRequirementsPolicy {
  static final String RESOURCE = "/decisions/kyc-requirements.dmn";

  private final DmnEngine engine;
  private final DmnDecision decision;

  private KycRequirementsPolicy(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  /** The table shipped with the platform. */
  public static KycRequirementsPolicy standard() {
    try (InputStream in = KycRequirementsPolicy.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A published table; parsing fails on an invalid one. */
  public static KycRequirementsPolicy parse(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return new KycRequirementsPolicy(engine, engine.parseDecision("kycRequirements", dmn));
  }

  /** The table's requirements for a number, one per document. */
  public List<DidRequirement> requirements(String country, NumberType type, boolean business) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("country", country == null ? "" : country.strip().toUpperCase(Locale.ROOT))
            .putValue("numberType", type.name())
            .putValue("business", business);
    List<DidRequirement> out = new ArrayList<>();
    for (DmnDecisionResultEntries row : engine.evaluateDecision(decision, variables)) {
      Object age = row.getEntry("maxAgeDays");
      out.add(
          new DidRequirement(
              type,
              KycDocument.valueOf(row.getEntry("document")),
              age == null ? null : ((Number) age).intValue(),
              row.getEntry("note")));
    }
    return union(out, List.of());
  }

  /**
   * Both lists as one requirement per document, in the order first seen; the stricter maximum age
   * wins (a limit beats none).
   */
  public static List<DidRequirement> union(List<DidRequirement> a, List<DidRequirement> b) {
    Map<KycDocument, DidRequirement> by = new LinkedHashMap<>();
    for (List<DidRequirement> list : List.of(a, b)) {
      for (DidRequirement r : list) {
        by.merge(r.document(), r, KycRequirementsPolicy::stricter);
      }
    }
    return List.copyOf(by.values());
  }

  private static DidRequirement stricter(DidRequirement x, DidRequirement y) {
    if (x.maxAgeDays() == null) {
      return y.maxAgeDays() == null ? x : y;
    }
    if (y.maxAgeDays() == null) {
      return x;
    }
    return y.maxAgeDays() < x.maxAgeDays() ? y : x;
  }
}
