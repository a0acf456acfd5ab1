package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.did.DidTestTenant.csv;
import static com.didtron.activities.did.DidTestTenant.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.did.InventoryImport.LineError;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing inventory from CSV through {@link DidInventory}, on the real database. */
class DidImportIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;

  private DidTestTenant t;

  @BeforeEach
  void tenant() {
    t = DidTestTenant.create(fixtures, admin(), this::actorOf);
  }

  private List<InventoryNumber> all() {
    return inventory.list(t.admin(), InventoryFilter.all(500));
  }

  @Test
  void anImportAddsEveryNumberAsAvailableWithItsSupplierAndExactCostAndIsAuditedOnce() {
    InventoryImport outcome =
        inventory.importCsv(
            t.admin(),
            "carrier-x",
            "USD",
            "stock.csv",
            new java.io.ByteArrayInputStream(
                ("Number,Country,Area,Type,Monthly_Cost,Setup_Cost,Channels,Provider_Ref\n"
                        + "+49 30 1234567,de,Berlin,geographic,1.234567,0.50,4,ref-1\n"
                        + "4930998877,DE,Berlin,GEOGRAPHIC,0.9,0,,\n"
                        + "\n"
                        + "33800123456,FR,,toll-free,3,10,30,\n")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(outcome).isInstanceOf(InventoryImport.Imported.class);
    assertThat(((InventoryImport.Imported) outcome).numbers()).isEqualTo(3);
    List<InventoryNumber> numbers = all();
    assertThat(numbers)
        .extracting(InventoryNumber::number)
        .containsExactly("33800123456", "49301234567", "4930998877");
    InventoryNumber berlin = numbers.get(1);
    assertThat(berlin.monthlyCost()).isEqualByComparingTo(new BigDecimal("1.234567"));
    assertThat(berlin.currency()).isEqualTo("USD");
    assertThat(berlin.provider()).isEqualTo("carrier-x");
    assertThat(berlin.providerRef()).isEqualTo("ref-1");
    assertThat(berlin.channels()).isEqualTo(4);
    assertThat(berlin.state()).isEqualTo(DidState.AVAILABLE);
    assertThat(numbers.get(2).channels()).isEqualTo(2);
    assertThat(numbers.get(0).type()).isEqualTo(NumberType.TOLL_FREE);
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("did_import")
                    .and(
                        AUDIT_LOG.ENTITY_ID.eq(
                            ((InventoryImport.Imported) outcome).importId().toString()))))
        .isEqualTo(1);
  }

  @Test
  void aFileWithBadLinesImportsNothingAndNamesEveryBadLineWithItsReason() {
    InventoryImport outcome =
        inventory.importCsv(
            t.admin(),
            "manual",
            null,
            "bad.csv",
            csv(
                line("4930111000", "DE", "Berlin", NumberType.GEOGRAPHIC, "1"),
                line("0301234567", "DE", "Berlin", NumberType.GEOGRAPHIC, "1"),
                line("4930111001", "XX", "Berlin", NumberType.GEOGRAPHIC, "1"),
                "4930111002,DE,Berlin,FIXED,1,1,2,EUR",
                line("4930111003", "DE", "Berlin", NumberType.GEOGRAPHIC, "-1"),
                line("4930111004", "DE", "Berlin", NumberType.GEOGRAPHIC, "0.1234567"),
                "4930111005,DE,Berlin,GEOGRAPHIC,1,1,2",
                "4930111006,DE,Berlin,GEOGRAPHIC,1,1,2,",
                line("4930111007", "DE", "Berlin", NumberType.GEOGRAPHIC, "1")));

    InventoryImport.Refused refused = (InventoryImport.Refused) outcome;
    assertThat(refused.errorCount()).isEqualTo(7);
    assertThat(refused.errors())
        .extracting(LineError::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(refused.errors().get(0).reason()).contains("E.164");
    assertThat(refused.errors().get(1).reason()).contains("'XX'");
    assertThat(refused.errors().get(2).reason()).contains("type");
    assertThat(refused.errors().get(3).reason()).contains("monthly_cost");
    assertThat(refused.errors().get(4).reason()).contains("6 decimals");
    assertThat(refused.errors().get(5).reason()).contains("fields");
    assertThat(refused.errors().get(6).reason()).contains("currency");
    assertThat(all()).isEmpty();
  }

  @Test
  void duplicatesInTheFileAndAgainstTheInventoryAreReportedByLineAndNothingIsImported() {
    t.imported(inventory, line("4940222000", "DE", "Hamburg", NumberType.GEOGRAPHIC, "1"));

    InventoryImport outcome =
        inventory.importCsv(
            t.admin(),
            "manual",
            null,
            "dups.csv",
            csv(
                line("4940222001", "DE", "Hamburg", NumberType.GEOGRAPHIC, "1"),
                line("4940222000", "DE", "Hamburg", NumberType.GEOGRAPHIC, "1"),
                line("4940222002", "DE", "Hamburg", NumberType.GEOGRAPHIC, "1"),
                line("+49 40 222001", "DE", "Hamburg", NumberType.GEOGRAPHIC, "1")));

    InventoryImport.Refused refused = (InventoryImport.Refused) outcome;
    assertThat(refused.errors())
        .containsExactly(
            new LineError(3, "number 4940222000 is already in the inventory (AVAILABLE)"),
            new LineError(5, "number 4940222001 repeats line 2 of the file"));
    assertThat(all()).extracting(InventoryNumber::number).containsExactly("4940222000");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWithTheHeaderProblems() {
    InventoryImport.Refused refused =
        (InventoryImport.Refused)
            inventory.importCsv(
                t.admin(),
                "manual",
                "EUR",
                "x.csv",
                new java.io.ByteArrayInputStream(
                    "number,country,colour\n4930111000,DE,red\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(refused.reason()).isEqualTo("The header line cannot be used");
    assertThat(refused.errors())
        .extracting(LineError::reason)
        .contains(
            "unknown column 'colour' (expected " + String.join(",", InventoryCsv.COLUMNS) + ")")
        .contains("missing column 'type'");
  }

  @Test
  void aHundredThousandLineFileIsStreamedIntoTheInventoryAndItsErrorsStayCappedAtTheFirstHundred() {
    InventoryImport ok =
        inventory.importCsv(t.admin(), "bulk", "EUR", "big.csv", generated(100_000, false));
    assertThat(ok)
        .isEqualTo(
            new InventoryImport.Imported(((InventoryImport.Imported) ok).importId(), 100_000));
    assertThat(inventory.count(t.admin(), DidState.AVAILABLE)).isEqualTo(100_000);

    InventoryImport.Refused again =
        (InventoryImport.Refused)
            inventory.importCsv(t.admin(), "bulk", "EUR", "big.csv", generated(100_000, true));
    assertThat(again.errorCount()).isEqualTo(100_000);
    assertThat(again.errors()).hasSize(InventoryImport.Refused.SHOWN);
    assertThat(again.errors().getFirst().line()).isEqualTo(2);
    assertThat(again.errors().getLast().line()).isEqualTo(101);
    assertThat(inventory.count(t.admin(), null)).isEqualTo(100_000);
  }

  @Test
  void customersAndNonAdminStaffMayNotImport() {
    assertThatThrownBy(
            () ->
                inventory.importCsv(
                    t.customer(),
                    "manual",
                    "EUR",
                    "x.csv",
                    csv(line("4930555000", "DE", "", NumberType.GEOGRAPHIC, "1"))))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> inventory.list(t.customer(), InventoryFilter.all(10)))
        .isInstanceOf(AccessDenied.class);
  }

  /**
   * A CSV of {@code rows} numbers made while it is read (never held in memory as a whole); with
   * {@code badCost} every row has a negative cost.
   */
  private static InputStream generated(int rows, boolean badCost) {
    return new InputStream() {
      private int row = -1;
      private byte[] current = (DidTestTenant.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
      private int at;

      @Override
      public int read() {
        if (at == current.length) {
          if (++row >= rows) {
            return -1;
          }
          current =
              ("31"
                      + (200_000_000 + row)
                      + ",NL,Amsterdam,GEOGRAPHIC,"
                      + (badCost ? "-1" : "0.25")
                      + ",1.00,2,EUR\n")
                  .getBytes(StandardCharsets.US_ASCII);
          at = 0;
        }
        return current[at++];
      }
    };
  }
}
