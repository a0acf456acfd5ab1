package com.didtron.activities.did;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One inventory import inside the caller's transaction: imports of a tenant queue behind each other
 * (an advisory lock), rows are checked and staged, duplicates found, and only a clean file is moved
 * into the inventory.
 */
@Component
class InventoryImporter {
  /** An import of more rows than this analyzes did_inventory before it returns. */
  static final int ANALYZE_AFTER_ROWS = 10_000;

  private final InventoryStage stage;
  private final JooqDidCountryRepository countries;
  private final JooqDidImportRepository imports;
  private final AuditTrail audit;
  private final java.time.Clock clock;

  InventoryImporter(
      InventoryStage stage,
      JooqDidCountryRepository countries,
      JooqDidImportRepository imports,
      AuditTrail audit,
      java.time.Clock clock) {
    this.stage = stage;
    this.countries = countries;
    this.imports = imports;
    this.audit = audit;
    this.clock = clock;
  }

  InventoryImport run(
      Actor actor, String provider, String defaultCurrency, String sourceName, InputStream csv) {
    String p = provider == null || provider.isBlank() ? "manual" : provider.strip();
    if (!p.matches("[a-z0-9_-]{1,40}")) {
      return refused("provider must be 1 to 40 lower-case letters, digits, - or _");
    }
    String currency = defaultCurrency == null ? null : defaultCurrency.strip().toUpperCase();
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      return refused("currency must be a three-letter ISO code");
    }
    UUID tenant = actor.tenantId().value();
    imports.lockTenant(tenant);
    CsvReader reader = new CsvReader(csv);
    try {
      if (!reader.next()) {
        return refused("The file is empty");
      }
      CsvHeader header = InventoryCsv.header(reader);
      if (!header.isUsable()) {
        return new InventoryImport.Refused(
            "The header line cannot be used",
            header.problems().stream().map(m -> new InventoryImport.LineError(1, m)).toList(),
            header.problems().size());
      }
      InventoryStage.Errors errors = new InventoryStage.Errors();
      stage.create();
      long staged =
          stage.copy(reader, new InventoryCsv(header, countries.codes(), currency), errors);
      stage.duplicatesInFile(errors);
      stage.duplicatesInInventory(tenant, errors);
      if (errors.count() > 0) {
        return new InventoryImport.Refused(
            errors.count() + " line(s) have errors; nothing was imported",
            errors.shown(),
            errors.count());
      }
      if (staged == 0) {
        return refused("The file has no numbers");
      }
      return publish(actor, p, sourceName, staged);
    } catch (UncheckedIOException e) {
      return refused("The file could not be read: " + e.getCause().getMessage());
    } catch (IOException e) {
      return refused("The file could not be read: " + e.getMessage());
    }
  }

  private InventoryImport publish(Actor actor, String provider, String sourceName, long staged) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    int added = stage.publish(actor.tenantId().value(), provider, id, now);
    if (added > ANALYZE_AFTER_ROWS) {
      imports.analyzeInventory();
    }
    imports.insert(id, actor.tenantId().value(), provider, sourceName, added, actor.name(), now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("provider", provider);
    after.put("source", sourceName);
    after.put("numbers", added);
    audit.record(
        actor, actor.tenantId(), AuditAction.CREATE, "did_import", id.toString(), null, after);
    return new InventoryImport.Imported(id, added);
  }

  private static InventoryImport.Refused refused(String reason) {
    return new InventoryImport.Refused(
        reason, List.of(new InventoryImport.LineError(0, reason)), 1);
  }
}
