package com.didtron.activities.signup;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.SIGNUP;
import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.signup.SignupOutcome.Accepted;
import com.didtron.activities.signup.SignupOutcome.Invalid;
import com.didtron.activities.signup.SignupOutcome.Verified;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import com.didtron.testsupport.TestClock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public sign-up through the real services: form, verification link, approval table. */
class SignupIT extends ActivitiesIT {
  @Autowired SignupService signups;
  @Autowired SignupQueue queue;
  @Autowired SignupFixtures make;
  @Autowired Accounts accounts;
  @Autowired DSLContext db;
  @Autowired TestClock clock;

  @AfterEach
  void clockBack() {
    clock.reset();
  }

  @Test
  void aSignupCreatesAPendingAccountAndADisabledUserAndEmailsALinkWhoseTokenIsStoredHashed() {
    String brand = make.brand();
    String email = SignupFixtures.email();

    var outcome = signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));

    assertThat(outcome).isEqualTo(new Accepted(SignupOutcome.CHECK_INBOX));
    Signup signup = only(email);
    assertThat(signup.state()).isEqualTo(SignupState.AWAITING_EMAIL);
    Account account = accounts.find(signup.accountId()).orElseThrow();
    assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
    assertThat(account.currency().code()).isEqualTo("EUR"); // the brand's base currency
    assertThat(logins.principal(email).orElseThrow().isEnabled()).isFalse();
    String token = make.token(email);
    String stored =
        db.select(SIGNUP.TOKEN_HASH)
            .from(SIGNUP)
            .where(SIGNUP.EMAIL.eq(email))
            .fetchSingle()
            .value1();
    assertThat(stored).isEqualTo(SignupTokens.hash(token)).doesNotContain(token);
    assertThat(audited("signup", signup.id().toString())).isEqualTo(1);
  }

  @Test
  void aVerifiedPrepaidIndividualIsApprovedByTheTableActivatedAndPushedToTheSwitch() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));
    Account pending = accounts.find(only(email).accountId()).orElseThrow();
    int changesBefore = statusChanges(pending);

    var outcome = queue.verify(make.token(email));

    assertThat(outcome).isInstanceOf(Verified.class);
    assertThat(((Verified) outcome).state()).isEqualTo(SignupState.APPROVED);
    Signup signup = only(email);
    assertThat(signup.decidedBy()).isEqualTo("system:signup-approval");
    assertThat(signup.decisionRule()).isEqualTo("Prepaid category with a verified email");
    Account active = accounts.find(signup.accountId()).orElseThrow();
    assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.billingMode()).isEqualTo(BillingMode.PREPAID);
    assertThat(statusChanges(active)).isEqualTo(changesBefore + 1);
    assertThat(logins.principal(email).orElseThrow().isEnabled()).isTrue();
    assertThat(make.emails(email, SignupEmails.APPROVED)).hasSize(1);
    assertThat(audited("signup", signup.id().toString()))
        .isEqualTo(3); // created, verified, approved
  }

  @Test
  void theVerificationLinkWorksOnlyOnce() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));
    String token = make.token(email);

    assertThat(queue.verify(token)).isInstanceOf(Verified.class);

    assertThat(queue.verify(token)).isEqualTo(new Invalid(SignupQueue.USED));
    assertThat(queue.verify("made-up-token")).isEqualTo(new Invalid(SignupQueue.USED));
  }

  @Test
  void anExpiredLinkVerifiesNothingAndAFreshLinkIsSentThatWorks() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));
    String first = make.token(email);
    clock.advance(Duration.ofHours(24).plusSeconds(1));

    var expired = queue.verify(first);

    assertThat(expired)
        .isEqualTo(new Invalid("This link has expired. We have sent you a new one."));
    assertThat(only(email).state()).isEqualTo(SignupState.AWAITING_EMAIL);
    String second = make.token(email);
    assertThat(second).isNotEqualTo(first);
    assertThat(queue.verify(first)).isEqualTo(new Invalid(SignupQueue.USED));
    assertThat(queue.verify(second)).isInstanceOf(Verified.class);
  }

  @Test
  void aDuplicateEmailReadsExactlyLikeANewOneAndOnlyTheOwnerIsTold() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));

    var again = signups.signUp(make.form(brand, email.toUpperCase(), "ENTERPRISE", "10.9.9.9"));

    assertThat(again).isEqualTo(new Accepted(SignupOutcome.CHECK_INBOX));
    assertThat(db.fetchCount(SIGNUP, SIGNUP.EMAIL.eq(email))).isEqualTo(1);
    assertThat(make.emails(email, SignupEmails.EXISTING)).hasSize(1);
    assertThat(make.emails(email, SignupEmails.VERIFY)).hasSize(1);
  }

  private Signup only(String email) {
    return db.selectFrom(SIGNUP).where(SIGNUP.EMAIL.eq(email)).fetchSingle(JooqSignups::toSignup);
  }

  private int statusChanges(Account a) {
    return db.fetchCount(
        SWITCH_CHANGE,
        SWITCH_CHANGE.ACCOUNT_ID.eq(a.id().value()),
        SWITCH_CHANGE.OBJECT_TYPE.eq("ACCOUNT_STATUS"));
  }

  private int audited(String entity, String id) {
    return db.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_TYPE.eq(entity), AUDIT_LOG.ENTITY_ID.eq(id));
  }
}
