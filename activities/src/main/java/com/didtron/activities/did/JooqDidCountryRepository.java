package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_COUNTRY;
import static com.didtron.activities.db.Tables.DID_COUNTRY_REQUIREMENT;

import com.didtron.domain.did.DidRequirement;
import com.didtron.domain.did.KycDocument;
import com.didtron.domain.did.NumberType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Countries and their requirements. */
@Repository
class JooqDidCountryRepository {
  private final DSLContext db;

  JooqDidCountryRepository(DSLContext db) {
    this.db = db;
  }

  Set<String> codes() {
    return new HashSet<>(db.select(DID_COUNTRY.CODE).from(DID_COUNTRY).fetch(DID_COUNTRY.CODE));
  }

  List<DidCountry> all() {
    Map<String, List<DidRequirement>> byCountry =
        db
            .selectFrom(DID_COUNTRY_REQUIREMENT)
            .orderBy(
                DID_COUNTRY_REQUIREMENT.COUNTRY_CODE,
                DID_COUNTRY_REQUIREMENT.NUMBER_TYPE,
                DID_COUNTRY_REQUIREMENT.DOCUMENT)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getCountryCode(),
                    Collectors.mapping(
                        r ->
                            new DidRequirement(
                                NumberType.valueOf(r.getNumberType()),
                                KycDocument.valueOf(r.getDocument()),
                                r.getMaxAgeDays(),
                                r.getNote()),
                        Collectors.toList())));
    return db.selectFrom(DID_COUNTRY)
        .orderBy(DID_COUNTRY.NAME)
        .fetch(
            c ->
                new DidCountry(
                    c.getCode(),
                    c.getName(),
                    c.getDialCode(),
                    byCountry.getOrDefault(c.getCode(), List.of())));
  }

  Optional<DidCountry> get(String code) {
    return all().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  void save(String code, String name, String dialCode, List<DidRequirement> reqs, Instant at) {
    db.insertInto(DID_COUNTRY)
        .set(DID_COUNTRY.CODE, code)
        .set(DID_COUNTRY.NAME, name)
        .set(DID_COUNTRY.DIAL_CODE, dialCode)
        .set(DID_COUNTRY.UPDATED_AT, at)
        .onConflict(DID_COUNTRY.CODE)
        .doUpdate()
        .set(DID_COUNTRY.NAME, name)
        .set(DID_COUNTRY.DIAL_CODE, dialCode)
        .set(DID_COUNTRY.UPDATED_AT, at)
        .execute();
    db.deleteFrom(DID_COUNTRY_REQUIREMENT)
        .where(DID_COUNTRY_REQUIREMENT.COUNTRY_CODE.eq(code))
        .execute();
    for (DidRequirement r : reqs) {
      db.insertInto(DID_COUNTRY_REQUIREMENT)
          .set(DID_COUNTRY_REQUIREMENT.COUNTRY_CODE, code)
          .set(DID_COUNTRY_REQUIREMENT.NUMBER_TYPE, r.type().name())
          .set(DID_COUNTRY_REQUIREMENT.DOCUMENT, r.document().name())
          .set(DID_COUNTRY_REQUIREMENT.MAX_AGE_DAYS, r.maxAgeDays())
          .set(DID_COUNTRY_REQUIREMENT.NOTE, r.note())
          .execute();
    }
  }
}
