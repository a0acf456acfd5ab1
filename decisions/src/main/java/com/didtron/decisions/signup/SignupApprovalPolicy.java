package com.didtron.decisions.signup;

import com.didtron.domain.signup.ApprovalVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Whether a new customer is approved at once, queued for staff or refused, from the {@code
 * signup-approval.dmn} table; evaluated once per sign-up, after its email is verified.
 */
public final class SignupApprovalPolicy {
  static final String RESOURCE = "/decisions/signup-approval.dmn";

  /** What the table looks at. */
  public record Input(String category, String country, String email, boolean emailVerified) {
    String emailDomain() {
      int at = email.lastIndexOf('@');
      return email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
  }

  /** The table's answer and the rule that gave it, in words. */
  public record Verdict(ApprovalVerdict verdict, String rule) {}

  private final DmnEngine engine;
  private final DmnDecision decision;

  private SignupApprovalPolicy(DmnEngine engine, DmnDecision decision) {
    this.engine = engine;
    this.decision = decision;
  }

  /** The table shipped with the platform. */
  public static SignupApprovalPolicy standard() {
    try (InputStream in = SignupApprovalPolicy.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A published table; parsing fails on an invalid one. */
  public static SignupApprovalPolicy parse(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    return new SignupApprovalPolicy(engine, engine.parseDecision("signupApproval", dmn));
  }

  public Verdict evaluate(Input in) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("category", in.category())
            .putValue("country", in.country().toUpperCase(Locale.ROOT))
            .putValue("emailDomain", in.emailDomain())
            .putValue("emailVerified", in.emailVerified());
    DmnDecisionResultEntries row = engine.evaluateDecision(decision, variables).getFirstResult();
    if (row == null) {
      return new Verdict(ApprovalVerdict.REVIEW, "No rule matched");
    }
    return new Verdict(ApprovalVerdict.valueOf(row.getEntry("verdict")), row.getEntry("rule"));
  }
}
