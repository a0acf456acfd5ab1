package com.didtron.activities.signup;

import static com.didtron.activities.db.Tables.SIGNUP;
import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.signup.SignupOutcome.Accepted;
import com.didtron.activities.signup.SignupOutcome.Decided;
import com.didtron.activities.signup.SignupOutcome.Refused;
import com.didtron.activities.signup.SignupOutcome.Rejected;
import com.didtron.activities.signup.SignupOutcome.Verified;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.signup.SignupState;
import com.didtron.domain.user.Role;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-ups the table leaves to staff, and forms the sign-up refuses. */
class SignupReviewIT extends ActivitiesIT {
  @Autowired SignupService signups;
  @Autowired SignupQueue queue;
  @Autowired SignupFixtures make;
  @Autowired Fixtures fixtures;
  @Autowired Accounts accounts;
  @Autowired DSLContext db;

  @Test
  void aWholesalerWaitsForStaffAndApprovalAppliesTheCategoryCreditAndTellsTheSwitch() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "WHOLESALER", Fixtures.unique("ip")));

    var verified = (Verified) queue.verify(make.token(email));

    assertThat(verified.state()).isEqualTo(SignupState.PENDING_APPROVAL);
    Actor staff = admin().inTenant(make.tenant(brand));
    Signup waiting = queue.list(staff, SignupState.PENDING_APPROVAL, 50).getFirst();
    assertThat(waiting.email()).isEqualTo(email);
    assertThat(waiting.decisionRule())
        .isEqualTo("Postpaid categories get credit: staff approve them");
    assertThat(make.emails(email, SignupEmails.REVIEW)).hasSize(1);
    assertThat(accounts.find(waiting.accountId()).orElseThrow().status())
        .isEqualTo(AccountStatus.PENDING);

    var decision = queue.approve(staff, waiting.id());

    assertThat(decision).isInstanceOf(Decided.class);
    Account active = accounts.find(waiting.accountId()).orElseThrow();
    assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.billingMode()).isEqualTo(BillingMode.POSTPAID);
    assertThat(active.creditLimit()).isEqualByComparingTo(new BigDecimal("1000"));
    assertThat(
            db.fetchCount(
                SWITCH_CHANGE,
                SWITCH_CHANGE.ACCOUNT_ID.eq(active.id().value()),
                SWITCH_CHANGE.OBJECT_TYPE.eq("ACCOUNT_STATUS")))
        .isEqualTo(1);
    assertThat(logins.principal(email).orElseThrow().isEnabled()).isTrue();
    assertThat(make.emails(email, SignupEmails.APPROVED)).hasSize(1);
    assertThat(queue.approve(staff, waiting.id()))
        .isEqualTo(new Refused("Cannot approve a sign-up that is approved"));
  }

  @Test
  void aRejectionNeedsAReasonKeepsTheAccountPendingAndEmailsTheReason() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "CALL_CENTER", Fixtures.unique("ip")));
    queue.verify(make.token(email));
    Actor staff = admin().inTenant(make.tenant(brand));
    Signup waiting = queue.list(staff, SignupState.PENDING_APPROVAL, 50).getFirst();

    assertThat(queue.reject(staff, waiting.id(), " "))
        .isEqualTo(new Refused("Give the reason; the customer is emailed it"));
    var decision = (Decided) queue.reject(staff, waiting.id(), "No business registration");

    assertThat(decision.signup().state()).isEqualTo(SignupState.REJECTED);
    assertThat(decision.signup().reason()).isEqualTo("No business registration");
    assertThat(accounts.find(waiting.accountId()).orElseThrow().status())
        .isEqualTo(AccountStatus.PENDING);
    assertThat(logins.principal(email).orElseThrow().isEnabled()).isFalse();
    assertThat(make.emails(email, SignupEmails.REJECTED).getFirst())
        .contains("Reason: No business registration");
  }

  @Test
  void aDisposableAddressIsRejectedByTheTableRightAfterVerification() {
    String brand = make.brand();
    String email = Fixtures.unique("bot").toLowerCase() + "@mailinator.com";
    signups.signUp(make.form(brand, email, "INDIVIDUAL", Fixtures.unique("ip")));

    var verified = (Verified) queue.verify(make.token(email));

    assertThat(verified.state()).isEqualTo(SignupState.REJECTED);
    assertThat(make.emails(email, SignupEmails.REJECTED)).hasSize(1);
  }

  @Test
  void customersAndStaffOfOtherBrandsCannotSeeOrDecideSignups() {
    String brand = make.brand();
    String email = SignupFixtures.email();
    signups.signUp(make.form(brand, email, "WHOLESALER", Fixtures.unique("ip")));
    queue.verify(make.token(email));
    Signup waiting =
        db.selectFrom(SIGNUP).where(SIGNUP.EMAIL.eq(email)).fetchSingle(JooqSignups::toSignup);
    Account own = fixtures.account(admin(), Fixtures.unique("Customer"));
    Actor customer = actorOf(fixtures.portalUser(admin(), own, Role.CUSTOMER));

    assertThatThrownBy(() -> queue.list(customer, null, 10)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> queue.approve(customer, waiting.id()))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> queue.approve(admin(), waiting.id())) // the platform tenant
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such sign-up");
  }

  @Test
  void aFormWithEveryFieldWrongNamesEveryFieldAndStoresNothing() {
    String brand = make.brand();
    var form = new SignupForm(brand, " ", "not-an-email", "short", "XX", null, "", "10.1.1.1");

    var outcome = (Rejected) signups.signUp(form);

    assertThat(outcome.errors())
        .extracting(FieldError::field)
        .containsExactly("name", "email", "password", "country", "categoryId");
    assertThat(outcome.errors().get(2).message())
        .isEqualTo("The password needs 12 to 200 characters");
    SignupForm good = make.form(brand, SignupFixtures.email(), "INDIVIDUAL", "10.1.1.2");
    var noBrand =
        new SignupForm(
            "no-such-brand",
            good.name(),
            good.email(),
            good.password(),
            "DE",
            good.categoryId(),
            "",
            "10.1.1.2");
    assertThat(((Rejected) signups.signUp(noBrand)).errors().getFirst().field()).isEqualTo("brand");
    assertThat(db.fetchCount(SIGNUP, SIGNUP.EMAIL.eq(good.email()))).isZero();
  }

  @Test
  void oneAddressMaySignUpFiveTimesAnHourAndABotFillingTheTrapGetsNothing() {
    String brand = make.brand();
    String ip = Fixtures.unique("ip");
    for (int i = 0; i < 5; i++) {
      assertThat(signups.signUp(make.form(brand, SignupFixtures.email(), "INDIVIDUAL", ip)))
          .isInstanceOf(Accepted.class);
    }

    var sixth =
        (Rejected) signups.signUp(make.form(brand, SignupFixtures.email(), "INDIVIDUAL", ip));

    assertThat(sixth.errors().getFirst().message())
        .isEqualTo("Too many sign-ups from your network; try again in an hour");
    String botEmail = SignupFixtures.email();
    SignupForm f = make.form(brand, botEmail, "INDIVIDUAL", Fixtures.unique("ip"));
    var bot =
        new SignupForm(
            f.brand(), f.name(), botEmail, f.password(), "DE", f.categoryId(), "http://spam", "x");
    assertThat(signups.signUp(bot)).isEqualTo(new Accepted(SignupOutcome.CHECK_INBOX));
    assertThat(db.fetchCount(SIGNUP, SIGNUP.EMAIL.eq(botEmail))).isZero();
  }
}
