package com.didtron.activities.ratedeck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer's own rates: current and upcoming, changes, history, CSV and XLSX downloads. */
class OwnRatesIT extends ActivitiesIT {
  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired OwnRates own;

  static final String SOON = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

  @Test
  void aCustomerSeesCurrentAndUpcomingRatesWithTheLastChangeAndItsHistory() {
    String tag = Fixtures.unique("Own");
    RatingFixtures.Pair mine =
        rating.pair(
            admin(),
            "0099811,Land-"
                + tag
                + ",0.0100,0,60,6,2026-01-01,\n"
                + "0099812,Mobile-"
                + tag
                + ",0.123456,0.01,1,1,2026-01-01,\n",
            "0099811,Supplier-" + tag + ",0.0050,0,60,6,2026-01-01,\n");
    RatingFixtures.Pair theirs =
        rating.pair(
            admin(),
            "0099821,Theirs-" + tag + ",0.0999,0,60,6,2026-01-01,\n",
            "0099821,Supplier,0.0010,0,60,6,2026-01-01,\n");
    // the second published change: an increase from a future date and a new prefix now
    rating.activate(
        admin(),
        mine.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER
            + "0099811,Land-"
            + tag
            + ",0.0150,0,60,6,"
            + SOON
            + ",\n"
            + "0099813,Satellite-"
            + tag
            + ",1.5,0,30,30,2026-01-01,\n");
    Actor customer = actorOf(fixtures.portalUser(admin(), mine.customer(), Role.CUSTOMER));

    List<OwnRate> current = all(customer, OwnRateFilter.current());
    assertThat(current)
        .extracting(OwnRate::prefix)
        .containsExactly("0099811", "0099812", "0099813");
    assertThat(current.get(0).rate()).isEqualByComparingTo("0.0100");
    assertThat(current.get(0).change()).isEqualTo(RateChange.UNCHANGED);
    assertThat(current.get(1).rate()).isEqualTo(new BigDecimal("0.123456"));
    assertThat(current.get(1).initialIncrement()).isEqualTo(1);
    assertThat(current.get(2).change()).isEqualTo(RateChange.NEW);
    assertThat(current.get(2).subsequentIncrement()).isEqualTo(30);

    List<OwnRate> upcoming = all(customer, OwnRateFilter.of(RateWindow.UPCOMING));
    assertThat(upcoming).hasSize(1);
    OwnRate increase = upcoming.get(0);
    assertThat(increase.prefix()).isEqualTo("0099811");
    assertThat(increase.rate()).isEqualByComparingTo("0.0150");
    assertThat(increase.change()).isEqualTo(RateChange.INCREASE);
    assertThat(increase.previousRate()).isEqualByComparingTo("0.0100");
    assertThat(increase.effectiveFrom().toString()).isEqualTo(SOON + "T00:00:00Z");

    assertThat(all(customer, new OwnRateFilter(null, null, RateWindow.ALL, RateChange.NEW)))
        .extracting(OwnRate::prefix)
        .containsExactly("0099813");
    assertThat(all(customer, new OwnRateFilter("+00998", "mobile", RateWindow.CURRENT, null)))
        .extracting(OwnRate::prefix)
        .containsExactly("0099812");
    assertThat(all(customer, new OwnRateFilter(null, null, RateWindow.ALL, null)))
        .extracting(OwnRate::prefix)
        .doesNotContain("0099821")
        .allSatisfy(p -> assertThat(p).startsWith("009981"));

    List<RateVersionSummary> history = own.history(customer);
    assertThat(history).extracting(RateVersionSummary::number).containsExactly(2, 1);
    assertThat(history.get(0).newRows()).isEqualTo(1);
    assertThat(history.get(0).increasedRows()).isEqualTo(1);
    assertThat(history.get(0).publishedAt()).isNotNull();
    assertThat(history.get(1).newRows()).isEqualTo(2);

    // a draft is staff business: not in the history, not downloadable
    ImportOutcome draft =
        rating.stage(
            admin(),
            mine.sell(),
            ImportMode.ADD,
            RatingFixtures.HEADER + "0099814,Draft-" + tag + ",9,0,60,6,2026-01-01,\n");
    UUID draftId = ((ImportOutcome.Staged) draft).version().id();
    assertThat(own.history(customer)).extracting(RateVersionSummary::id).doesNotContain(draftId);
    assertThatThrownBy(
            () ->
                own.export(
                    customer,
                    draftId,
                    OwnRateFilter.of(RateWindow.ALL),
                    RateSheet.CSV,
                    new ByteArrayOutputStream()))
        .isInstanceOf(AccessDenied.class);
    // another customer's version is refused alike
    assertThatThrownBy(
            () ->
                own.export(
                    customer,
                    activeVersionOf(theirs),
                    OwnRateFilter.of(RateWindow.ALL),
                    RateSheet.CSV,
                    new ByteArrayOutputStream()))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("No such rate version");

    // a carrier user has no sell rates to see
    Actor carrier = actorOf(fixtures.portalUser(admin(), mine.carrier(), Role.CARRIER));
    assertThatThrownBy(() -> own.card(carrier)).isInstanceOf(AccessDenied.class);
  }

  @Test
  void theXlsxDownloadOpensAndHoldsTheSameRowsAsTheCsvWithNumbersAsNumbersAndPrefixesAsText()
      throws IOException {
    String tag = Fixtures.unique("Xlsx");
    RatingFixtures.Pair mine =
        rating.pair(
            admin(),
            "0099831,\"=Land, fixed "
                + tag
                + "\",0.012345,0.1,60,6,2026-01-01,\n"
                + "0099832,Mobile-"
                + tag
                + ",0.5,0,1,1,2026-01-01,"
                + SOON
                + "\n",
            "0099831,Supplier,0.001,0,60,6,2026-01-01,\n");
    rating.activate(
        admin(),
        mine.sell(),
        ImportMode.ADD,
        RatingFixtures.HEADER + "0099831,Land,0.02,0.1,60,6," + SOON + ",\n");
    Actor customer = actorOf(fixtures.portalUser(admin(), mine.customer(), Role.CUSTOMER));
    OwnRateFilter every = OwnRateFilter.of(RateWindow.ALL);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    own.export(customer, null, every, RateSheet.CSV, csv);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    own.export(customer, null, every, RateSheet.XLSX, xlsx);
    assertThat(own.fileName(customer, null, every, RateSheet.XLSX))
        .isEqualTo("my-rates-USD-v2-all.xlsx");

    List<List<String>> fromCsv = csvRows(csv.toString(StandardCharsets.UTF_8));
    List<List<String>> fromXlsx = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      List<Row> rows = wb.getFirstSheet().read();
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < RateSheetWriter.COLUMNS.size(); c++) {
          Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
          if (cell == null || cell.getType() == CellType.EMPTY) {
            cells.add("");
          } else if (cell.getType() == CellType.NUMBER) {
            assertThat(c).as("number column").isIn(2, 3, 4, 5, 9);
            cells.add(cell.asNumber().toPlainString());
          } else {
            assertThat(r == 0 || !List.of(2, 3, 4, 5, 9).contains(c))
                .as("row %d column %d is text", r, c)
                .isTrue();
            cells.add(cell.asString());
          }
        }
        fromXlsx.add(cells);
      }
    }
    assertThat(fromCsv.get(0)).isEqualTo(RateSheetWriter.COLUMNS);
    assertThat(fromCsv).hasSize(4); // header, 0099831 twice (now and from SOON), 0099832
    assertThat(fromXlsx).hasSameSizeAs(fromCsv);
    for (int r = 0; r < fromCsv.size(); r++) {
      for (int c = 0; c < fromCsv.get(r).size(); c++) {
        String a = fromCsv.get(r).get(c);
        String b = fromXlsx.get(r).get(c);
        if (r > 0 && List.of(2, 3, 4, 5, 9).contains(c) && !a.isEmpty()) {
          assertThat(new BigDecimal(b)).as("row %d col %d", r, c).isEqualByComparingTo(a);
        } else {
          assertThat(b).as("row %d col %d", r, c).isEqualTo(a.startsWith("'") ? a.substring(1) : a);
        }
      }
    }
    // prefixes keep their leading zeros, rates their full precision
    assertThat(fromXlsx.get(1).get(0)).isEqualTo("0099831");
    assertThat(fromXlsx.get(1).get(2)).isEqualTo("0.012345");
    assertThat(fromCsv.get(2)).containsSubsequence("0099831", "INCREASE", "0.012345");
  }

  private UUID activeVersionOf(RatingFixtures.Pair pair) {
    return own.card(actorOf(fixtures.portalUser(admin(), pair.customer(), Role.CUSTOMER)))
        .orElseThrow()
        .activeVersionId();
  }

  private List<OwnRate> all(Actor actor, OwnRateFilter filter) {
    return own.entries(actor, filter, new PageRequest(0, 500)).rows();
  }

  /** A small RFC 4180 reader: quoted fields with commas and doubled quotes. */
  static List<List<String>> csvRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    return rows;
  }
}
