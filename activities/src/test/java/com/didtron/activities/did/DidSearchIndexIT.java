package com.didtron.activities.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.did.NumberType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search stays on its indexes with a large inventory: PostgreSQL's own plan for the customer
 * search over 300,000 numbers walks an index in number order and never scans the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DidSearchIndexIT extends ActivitiesIT {
  private static final int NUMBERS = 300_000;

  @Autowired DidOffers offers;
  @Autowired DidPrices prices;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private DidTestTenant t;

  @BeforeAll
  void bigInventory() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
    t.priced(prices, "DE", NumberType.GEOGRAPHIC, null, "1.00");
    db.execute(
        "INSERT INTO did_inventory (id, tenant_id, number, country_code, area, number_type,"
            + " provider, monthly_cost, setup_cost, currency, channels, status, created_at,"
            + " updated_at) SELECT gen_random_uuid(), CAST(? AS uuid),"
            + " (490000000000 + g * 7)::text, (ARRAY['DE','FR','NL','GB'])[g % 4 + 1],"
            + " 'Area ' || (g % 50), (ARRAY['GEOGRAPHIC','MOBILE','TOLL_FREE'])[g % 3 + 1],"
            + " 'bulk', 0.5, 0, 'EUR', 2, 'AVAILABLE', now(), now()"
            + " FROM generate_series(1, ?) AS g",
        t.admin().tenantId().value().toString(), NUMBERS);
    db.execute("ANALYZE did_inventory");
    db.execute("ANALYZE did_price");
  }

  private String plan(DidSearch s) {
    List<String> lines = offers.plan(t.admin().tenantId().value(), s, true, Instant.now());
    return String.join("\n", lines);
  }

  @Test
  void aSearchByCountryAndTypeWalksAnInventoryIndexInNumberOrder() {
    String plan = plan(DidSearch.of("DE", "GEOGRAPHIC", null, null, null, 50));

    // the planner picks did_inventory_search or walks did_inventory_available in number order
    // with a filter; either way the limit stops the walk early and the table is never scanned
    assertThat(plan)
        .containsPattern("Index Scan using did_inventory_(search|available)")
        .doesNotContain("Seq Scan on did_inventory")
        .doesNotContain("Sort Key: i.number");
  }

  @Test
  void aPrefixPatternAndADeepPageStayOnAnIndex() {
    String prefix = plan(DidSearch.of("FR", "MOBILE", null, "4900001*", null, 50));
    String deep = plan(DidSearch.of(null, null, null, null, "490001900000", 50));

    assertThat(prefix).contains("Index").doesNotContain("Seq Scan on did_inventory");
    assertThat(deep).contains("Index").doesNotContain("Seq Scan on did_inventory");
  }

  @Test
  void anAreaSearchWalksTheAreaIndexInNumberOrder() {
    String plan = plan(DidSearch.of("DE", "GEOGRAPHIC", "area 12", null, null, 50));

    assertThat(plan)
        .contains("Index Scan using did_inventory_search_area")
        .doesNotContain("Seq Scan on did_inventory")
        .doesNotContain("Sort Key: i.number");
  }

  @Test
  void aPatternWithALiteralPrefixAndSingleDigitWildcardsWalksThePrefixRangeInNumberOrder() {
    String plan = plan(DidSearch.of(null, null, null, "4900001??7*", null, 50));

    assertThat(plan)
        .contains("Index Scan using did_inventory_")
        .doesNotContain("Bitmap")
        .doesNotContain("Sort Key: i.number");
  }

  @Test
  void everyKindOfPatternAnswersWhatAPlainLikeAnswers() {
    for (String pattern : List.of("4900001??7*", "49000012*", "*1234*", "4900*76", "49??0*6")) {
      DidSearch s = DidSearch.of("DE", "GEOGRAPHIC", null, pattern, null, 50);
      List<String> expected =
          db.resultQuery(
                  "SELECT number FROM did_inventory WHERE tenant_id = CAST(? AS uuid) AND"
                      + " country_code = 'DE' AND number_type = 'GEOGRAPHIC' AND status ="
                      + " 'AVAILABLE' AND deleted_at IS NULL AND number LIKE ? ORDER BY number"
                      + " LIMIT 50",
                  t.admin().tenantId().value().toString(),
                  s.pattern().like())
              .fetch(0, String.class);

      assertThat(expected).as(pattern).isNotEmpty();
      assertThat(
              offers.search(t.admin().tenantId().value(), s, true, Instant.now()).stream()
                  .map(DidOffer::number)
                  .toList())
          .as(pattern)
          .isEqualTo(expected);
    }
  }

  @Test
  void theTrigramIndexExistsExactlyWhenTheServerHasPgTrgm() {
    boolean extension =
        db.fetchExists(db.selectOne().from("pg_extension").where("extname = 'pg_trgm'"));
    boolean index =
        db.fetchExists(
            db.selectOne().from("pg_indexes").where("indexname = 'did_inventory_number_trgm'"));
    boolean available =
        db.fetchExists(db.selectOne().from("pg_available_extensions").where("name = 'pg_trgm'"));

    assertThat(index).isEqualTo(extension);
    assertThat(extension).isEqualTo(available);
  }

  @Test
  void theSearchAnswersWithTheRightPageOverTheLargeInventory() {
    List<DidOffer> page =
        offers.search(
            t.admin().tenantId().value(),
            DidSearch.of("DE", "GEOGRAPHIC", null, null, null, 3),
            true,
            Instant.now());

    // g with g % 4 = 0 (DE) and g % 3 = 0 (GEOGRAPHIC): g = 12, 24, 36
    assertThat(page)
        .extracting(DidOffer::number)
        .containsExactly(
            String.valueOf(490000000000L + 12 * 7),
            String.valueOf(490000000000L + 24 * 7),
            String.valueOf(490000000000L + 36 * 7));
    assertThat(UUID.fromString(page.getFirst().id().toString())).isNotNull();
  }
}
