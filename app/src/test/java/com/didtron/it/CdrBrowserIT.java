package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.cdr.CarrierCdrView;
import com.didtron.activities.cdr.CdrCursor;
import com.didtron.activities.cdr.CdrFilter;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.CdrPage;
import com.didtron.activities.cdr.CdrQueryService;
import com.didtron.activities.cdr.CdrSlice;
import com.didtron.activities.cdr.CdrTotals;
import com.didtron.activities.cdr.CdrView;
import com.didtron.activities.cdr.CustomerCdrView;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CDR browser: filters, paging, totals, export, and who sees which CDRs. */
class CdrBrowserIT extends PlatformIT {
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired CdrIngestService ingest;
  @Autowired CdrQueryService cdrs;

  private RatingFixtures.Pair mine;
  private RatingFixtures.Pair theirs;

  @BeforeEach
  void twoCustomersWithCalls() {
    mine =
        rating.pair(
            admin(), "44,UK,0.0200,0,60,6,2026-01-01,\n", "44,UK,0.0100,0,60,6,2026-01-01,\n");
    theirs =
        rating.pair(
            admin(), "44,UK,0.0300,0,60,6,2026-01-01,\n", "44,UK,0.0100,0,60,6,2026-01-01,\n");
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < 30; i++) {
      RatingFixtures.Pair p = i % 3 == 0 ? theirs : mine;
      csv.append("b")
          .append(i)
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",1,")
          .append(i % 5 == 0 ? "33" : "44")
          .append("2071234")
          .append(i)
          .append(",2026-11-")
          .append(String.format("%02d", 1 + i % 20))
          .append("T10:00:00Z,60\n");
    }
    ingest.ingest(
        admin(),
        new IngestRequest(Fixtures.unique("b"), "b.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private CdrFilter of(RatingFixtures.Pair p) {
    return new CdrFilter(p.customer().id().value(), null, null, null, null, null);
  }

  @Test
  void filtersPageNewestFirstAndTotalTheRatedCalls() {
    CdrPage page = cdrs.find(admin(), of(mine), PageRequest.first(5));
    assertThat(page.page().total()).isEqualTo(20);
    assertThat(page.capped()).isFalse();
    assertThat(page.page().rows())
        .extracting(CdrView::startTime)
        .isSortedAccordingTo(Comparator.reverseOrder());

    CdrFilter unrated =
        new CdrFilter(mine.customer().id().value(), null, null, null, null, "UNRATED");
    assertThat(cdrs.find(admin(), unrated, PageRequest.first(50)).page().rows())
        .allMatch(r -> r.callee().startsWith("33") && "NO_CUSTOMER_RATE".equals(r.reason()));
    CdrFilter window =
        new CdrFilter(
            mine.customer().id().value(),
            mine.carrier().id().value(),
            "+4420",
            Instant.parse("2026-11-02T00:00:00Z"),
            Instant.parse("2026-11-05T00:00:00Z"),
            null);
    assertThat(cdrs.find(admin(), window, PageRequest.first(50)).page().rows())
        .extracting(CdrView::callId)
        .containsExactlyInAnyOrder("b1", "b2", "b22", "b23");

    CdrTotals totals = cdrs.totals(admin(), of(mine));
    assertThat(totals.cdrs()).isEqualTo(20);
    assertThat(totals.unrated()).isEqualTo(4);
    assertThat(totals.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.calls()).isEqualTo(16);
              assertThat(l.customerCost()).isEqualByComparingTo("0.32");
              assertThat(l.margin()).isEqualByComparingTo("0.16");
            });
  }

  @Test
  void exportStreamsTheMatchingCdrsAsCsv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cdrs.export(admin(), of(theirs), out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");

    assertThat(lines[0])
        .startsWith(
            "call_id,source,account,carrier,caller,callee,start_time,duration,status,reason,customer_prefix");
    assertThat(lines).hasSize(11);
    assertThat(lines[1]).contains(",2026-11-01T10:00:00Z,");
  }

  @Test
  void aCustomerSeesOnlyItsOwnCdrsAndACarrierOnlyItsCallsWithoutTheCustomerSide() {
    Actor customer = actorOf(fixtures.portalUser(admin(), mine.customer(), Role.CUSTOMER));
    assertThat(cdrs.find(customer, CdrFilter.all(), PageRequest.first(100)).page().rows())
        .hasSize(20)
        .allMatch(r -> ((CustomerCdrView) r).account().equals(mine.customer().name()));
    assertThat(cdrs.find(customer, of(theirs), PageRequest.first(100)).page().total()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cdrs.export(customer, CdrFilter.all(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(theirs.customer().name());

    Actor carrier = actorOf(fixtures.portalUser(admin(), theirs.carrier(), Role.CARRIER));
    assertThat(cdrs.find(carrier, CdrFilter.all(), PageRequest.first(100)).page().rows())
        .hasSize(10)
        .allMatch(r -> r instanceof CarrierCdrView);

    Actor foreignStaff = admin().inTenant(fixtures.tenant(Fixtures.unique("other").toLowerCase()));
    assertThat(cdrs.find(foreignStaff, of(mine), PageRequest.first(10)).page().total()).isZero();
    Actor unassigned = new Actor(null, "nobody", admin().tenantId(), Set.of(Role.CUSTOMER), null);
    assertThatThrownBy(() -> cdrs.find(unassigned, CdrFilter.all(), PageRequest.first(10)))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void cursorPagesWalkEveryCdrOnceInOrderBothWaysAcrossEqualStartTimes() {
    // 20 CDRs of mine on 20 days, two calls on most days: pages of 3 split ties
    List<String> expected =
        cdrs.find(admin(), of(mine), PageRequest.first(50)).page().rows().stream()
            .map(CdrView::callId)
            .toList();
    assertThat(expected).hasSize(20);

    List<String> forward = new ArrayList<>();
    List<CdrSlice> pages = new ArrayList<>();
    CdrSlice page = cdrs.slice(admin(), of(mine), null, null, 3);
    assertThat(page.previous()).isNull();
    while (true) {
      pages.add(page);
      page.rows().forEach(r -> forward.add(r.callId()));
      if (page.next() == null) {
        break;
      }
      // a cursor survives the trip through its token, as the API and the portal hand it on
      CdrCursor next = CdrCursor.parse(page.next().token());
      assertThat(next).isEqualTo(page.next());
      page = cdrs.slice(admin(), of(mine), next, null, 3);
      assertThat(page.previous()).isNotNull();
    }
    assertThat(forward).isEqualTo(expected);
    assertThat(pages).hasSize(7);

    // back from the last page with `before`: the same pages, newest last
    List<String> backward = new ArrayList<>();
    CdrSlice back = pages.get(pages.size() - 1);
    backward.addAll(0, back.rows().stream().map(CdrView::callId).toList());
    while (back.previous() != null) {
      back = cdrs.slice(admin(), of(mine), null, back.previous(), 3);
      assertThat(back.rows()).hasSizeLessThanOrEqualTo(3);
      backward.addAll(0, back.rows().stream().map(CdrView::callId).toList());
    }
    assertThat(backward).isEqualTo(expected);

    // a customer walking by cursor still sees its own calls only
    Actor customer = actorOf(fixtures.portalUser(admin(), theirs.customer(), Role.CUSTOMER));
    CdrSlice own = cdrs.slice(customer, CdrFilter.all(), null, null, 500);
    assertThat(own.rows()).hasSize(10).allMatch(r -> r instanceof CustomerCdrView);
    assertThat(own.next()).isNull();
    assertThat(cdrs.slice(customer, CdrFilter.all(), pages.get(0).next(), null, 500).rows())
        .allMatch(r -> ((CustomerCdrView) r).account().equals(theirs.customer().name()));

    assertThatThrownBy(() -> CdrCursor.parse("not-a-cursor"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> cdrs.slice(admin(), of(mine), pages.get(1).next(), pages.get(1).next(), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
