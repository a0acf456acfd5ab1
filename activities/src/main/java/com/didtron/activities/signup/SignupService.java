package com.didtron.activities.signup;

import com.didtron.activities.Facade;
import com.didtron.activities.account.AccountChange;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.segment.Segments;
import com.didtron.activities.signup.JooqSignups.NewSignup;
import com.didtron.activities.signup.SignupOutcome.Accepted;
import com.didtron.activities.signup.SignupOutcome.Rejected;
import com.didtron.activities.signup.SignupOutcome.Submitted;
import com.didtron.activities.tenant.Tenants;
import com.didtron.activities.user.PortalUsers;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountDraft;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.signup.Signup;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public sign-up of a brand (anonymous visitors): the form creates a PENDING customer account
 * in the chosen category and a disabled user, and emails a single-use, expiring verification link
 * whose token is stored hashed. An address that already has a user gets a notice instead, and the
 * visitor reads the same "check your inbox" either way. See docs/onboarding.md.
 */
@Service
@Facade
public class SignupService {
  static final String JOB = "signup";

  private final JooqSignups repo;
  private final Tenants tenants;
  private final Segments segments;
  private final AccountService accounts;
  private final PortalUsers users;
  private final SignupEmails emails;
  private final SignupDecisions decisions;
  private final SignupSettings settings;
  private final Clock clock;

  SignupService(
      JooqSignups repo,
      Tenants tenants,
      Segments segments,
      AccountService accounts,
      PortalUsers users,
      SignupEmails emails,
      SignupDecisions decisions,
      SignupSettings settings,
      Clock clock) {
    this.repo = repo;
    this.tenants = tenants;
    this.segments = segments;
    this.accounts = accounts;
    this.users = users;
    this.emails = emails;
    this.decisions = decisions;
    this.settings = settings;
    this.clock = clock;
  }

  /** A brand's sign-up page: its name and the categories it offers; empty for no such brand. */
  public record Brand(TenantId id, String name, List<CustomerCategory> categories) {}

  @Transactional(readOnly = true)
  public Optional<Brand> brand(String code) {
    Optional<TenantId> tenant =
        code == null || code.isBlank()
            ? soleBrand(tenants.live())
            : tenants.liveByCode(code.strip());
    return tenant
        .flatMap(tenants::find)
        .map(
            t ->
                new Brand(
                    t.id(),
                    t.name(),
                    segments.categories(t.id()).stream()
                        .filter(CustomerCategory::selfSignup)
                        .toList()));
  }

  @Transactional
  public Submitted signUp(SignupForm form) {
    Optional<Brand> brand = brand(form.brand());
    if (brand.isEmpty()) {
      return new Rejected(List.of(new FieldError("brand", "This sign-up page has no brand")));
    }
    List<FieldError> errors = new ArrayList<>(form.validate());
    Optional<CustomerCategory> category =
        brand.get().categories().stream().filter(c -> c.id().equals(form.categoryId())).findFirst();
    if (form.categoryId() != null && category.isEmpty()) {
      errors.add(new FieldError("categoryId", "Choose one of the offered categories"));
    }
    if (!errors.isEmpty()) {
      return new Rejected(errors);
    }
    if (form.looksLikeABot()) {
      return new Accepted(SignupOutcome.CHECK_INBOX);
    }
    Instant now = clock.instant();
    String ip = form.clientIp() == null ? "unknown" : form.clientIp();
    if (repo.recentFrom(ip, now.minus(Duration.ofHours(1))) >= settings.perIpPerHour()) {
      return new Rejected(
          List.of(
              new FieldError("form", "Too many sign-ups from your network; try again in an hour")));
    }
    return create(brand.get(), category.get(), form, ip, now);
  }

  private Submitted create(
      Brand brand, CustomerCategory category, SignupForm form, String ip, Instant now) {
    String email = form.normalizedEmail();
    if (users.emailTaken(email)) {
      String bucket = SignupTokens.hash(email).substring(0, 24) + ":" + now.getEpochSecond() / 3600;
      emails.existing(brand.id(), brand.name(), email, bucket);
      return new Accepted(SignupOutcome.CHECK_INBOX);
    }
    Actor system = Actor.system(JOB, brand.id());
    Tenant tenant = tenants.find(brand.id()).orElseThrow();
    AccountDraft draft =
        new AccountDraft(
            form.name().strip(),
            AccountKind.CUSTOMER,
            category.currencyOr(tenant.baseCurrency()).code(),
            category.billingMode(),
            BigDecimal.ZERO,
            AccountStatus.PENDING,
            email);
    AccountChange change = accounts.create(system, draft);
    if (change instanceof AccountChange.Rejected rejected) {
      return new Rejected(rejected.errors().stream().map(SignupService::forForm).toList());
    }
    var account = ((AccountChange.Saved) change).account();
    segments.place(brand.id(), account.id(), category.id());
    UserId user =
        users.createDisabledCustomer(
            system, brand.id(), email, form.name().strip(), account.id(), form.password());
    String token = SignupTokens.generate();
    String hash = SignupTokens.hash(token);
    NewSignup row =
        new NewSignup(
            brand.id(),
            account.id(),
            user,
            email,
            form.name().strip(),
            form.normalizedCountry(),
            category.id(),
            ip);
    Signup signup = repo.insert(row, hash, now.plus(settings.tokenTtl()), now);
    decisions.audited(system, null, signup);
    emails.verify(brand.id(), brand.name(), email, signup.name(), token, hash);
    return new Accepted(SignupOutcome.CHECK_INBOX);
  }

  private static FieldError forForm(FieldError e) {
    if (e.field().equals("name")) {
      return new FieldError(
          "name", "This name is taken; add something that tells you apart, e.g. your city");
    }
    return e;
  }

  /**
   * The brand of a sign-up link without {@code ?brand=}: the platform's only live tenant, so a
   * single-brand platform's {@code /signup} just works; none when there are several.
   */
  static Optional<TenantId> soleBrand(List<Tenant> live) {
    return live.size() == 1 ? Optional.of(live.getFirst().id()) : Optional.empty();
  }
}
