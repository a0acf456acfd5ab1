package com.didtron.decisions.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.decisions.signup.SignupApprovalPolicy.Input;
import com.didtron.decisions.signup.SignupApprovalPolicy.Verdict;
import com.didtron.domain.signup.ApprovalVerdict;
import org.junit.jupiter.api.Test;

/** One test per row of {@code signup-approval.dmn}. */
class SignupApprovalPolicyTest {
  private final SignupApprovalPolicy policy = SignupApprovalPolicy.standard();

  @Test
  void row1AnUnverifiedEmailGoesToReviewWhateverTheCategory() {
    Verdict v = policy.evaluate(new Input("INDIVIDUAL", "DE", "ann@example.com", false));
    assertThat(v.verdict()).isEqualTo(ApprovalVerdict.REVIEW);
    assertThat(v.rule()).isEqualTo("The email address is not verified");
  }

  @Test
  void row2ADisposableEmailDomainIsRejectedIgnoringCase() {
    Verdict v = policy.evaluate(new Input("INDIVIDUAL", "DE", "bot@Mailinator.COM", true));
    assertThat(v.verdict()).isEqualTo(ApprovalVerdict.REJECT);
    assertThat(v.rule()).isEqualTo("Disposable email addresses are not accepted");
  }

  @Test
  void row3ASanctionedCountryGoesToAComplianceReview() {
    Verdict v = policy.evaluate(new Input("INDIVIDUAL", "ir", "ann@example.com", true));
    assertThat(v.verdict()).isEqualTo(ApprovalVerdict.REVIEW);
    assertThat(v.rule()).isEqualTo("The country needs a compliance review");
  }

  @Test
  void row4PostpaidCategoriesAreApprovedByStaff() {
    for (String category : new String[] {"ENTERPRISE", "WHOLESALER", "CALL_CENTER"}) {
      Verdict v = policy.evaluate(new Input(category, "GB", "ops@carrier.example", true));
      assertThat(v.verdict()).as(category).isEqualTo(ApprovalVerdict.REVIEW);
      assertThat(v.rule()).isEqualTo("Postpaid categories get credit: staff approve them");
    }
  }

  @Test
  void row5PrepaidCategoriesWithAVerifiedEmailAreApprovedAtOnce() {
    for (String category : new String[] {"INDIVIDUAL", "SMALL_BUSINESS"}) {
      Verdict v = policy.evaluate(new Input(category, "US", "ann@example.com", true));
      assertThat(v.verdict()).as(category).isEqualTo(ApprovalVerdict.APPROVE);
    }
  }

  @Test
  void row6ABrandsOwnCategoryGoesToReview() {
    Verdict v = policy.evaluate(new Input("RESELLER", "US", "ann@example.com", true));
    assertThat(v.verdict()).isEqualTo(ApprovalVerdict.REVIEW);
    assertThat(v.rule()).isEqualTo("No rule approves this category automatically");
  }
}
