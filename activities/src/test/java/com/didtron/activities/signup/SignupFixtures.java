package com.didtron.activities.signup;

import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static com.didtron.activities.db.Tables.TENANT;

import com.didtron.activities.segment.Segments;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.segment.CategoryId;
import com.didtron.domain.tenant.TenantId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Brands, forms and the emails of the sign-up tests. */
@Component
class SignupFixtures {
  private static final Pattern LINK = Pattern.compile("/signup/verify\\?token=([A-Za-z0-9_-]+)");

  private final Fixtures fixtures;
  private final Segments segments;
  private final DSLContext db;

  SignupFixtures(Fixtures fixtures, Segments segments, DSLContext db) {
    this.fixtures = fixtures;
    this.segments = segments;
    this.db = db;
  }

  /** A new brand (tenant) with the seeded categories; returns its code. */
  String brand() {
    String code = Fixtures.unique("brand").toLowerCase();
    fixtures.tenant(code);
    return code;
  }

  TenantId tenant(String brand) {
    return new TenantId(
        db.select(TENANT.ID).from(TENANT).where(TENANT.CODE.eq(brand)).fetchSingle(TENANT.ID));
  }

  CategoryId category(String brand, String code) {
    return segments.categories(tenant(brand)).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  SignupForm form(String brand, String email, String category, String ip) {
    return new SignupForm(
        brand,
        "Acme " + Fixtures.unique("co"),
        email,
        "correct horse battery",
        "DE",
        category(brand, category),
        "",
        ip);
  }

  static String email() {
    return Fixtures.unique("signup").toLowerCase() + "@example.com";
  }

  /** The text bodies of the emails of one kind to one address, oldest first. */
  List<String> emails(String to, String kind) {
    return db.select(EMAIL_OUTBOX.TEXT_BODY)
        .from(EMAIL_OUTBOX)
        .where(EMAIL_OUTBOX.TO_ADDRESS.eq(to))
        .and(EMAIL_OUTBOX.KIND.eq(kind))
        .orderBy(EMAIL_OUTBOX.CREATED_AT, EMAIL_OUTBOX.ID)
        .fetch(EMAIL_OUTBOX.TEXT_BODY);
  }

  /** The token of the newest verification link sent to this address. */
  String token(String to) {
    List<String> sent = emails(to, SignupEmails.VERIFY);
    Matcher m = LINK.matcher(sent.getLast());
    if (!m.find()) {
      throw new IllegalStateException("no link in " + sent.getLast());
    }
    return m.group(1);
  }
}
