package com.didtron.activities.did;

import static com.didtron.activities.db.Tables.DID_INVENTORY;

import com.didtron.activities.Facade;
import com.didtron.activities.did.DidProvider.ProviderNumber;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * The DID providers page: every provider with whether it is configured, a search at an API provider
 * (the {@link DidProvider} port), and adding numbers found there to the inventory through the
 * inventory CSV import (every number or none, duplicates refused by line). Numbers added this way
 * are AVAILABLE with the provider's reference; the provisioning workflow orders them from the
 * provider when a customer buys one.
 */
@Service
@Facade
public class DidProviderCatalog {
  /** The most numbers one search returns. */
  public static final int MAX_SEARCH = 100;

  private final DidProviders providers;
  private final DidInventory inventory;
  private final DSLContext db;

  DidProviderCatalog(DidProviders providers, DidInventory inventory, DSLContext db) {
    this.providers = providers;
    this.inventory = inventory;
    this.db = db;
  }

  /**
   * A provider as the page lists it.
   *
   * @param searchable an API provider that can be searched for numbers (the manual provider's
   *     numbers come only from CSV imports)
   * @param inventory how many numbers of the tenant's inventory come from it
   */
  public record ProviderInfo(String code, boolean enabled, boolean searchable, long inventory) {}

  /** Every provider of the platform (staff). */
  public List<ProviderInfo> providers(Actor actor) {
    AccessPolicy.requireStaff(actor);
    return providers.all().stream()
        .map(
            p ->
                new ProviderInfo(
                    p.code(),
                    p.enabled(),
                    p.enabled() && !ManualDidProvider.CODE.equals(p.code()),
                    inStock(actor, p.code())))
        .toList();
  }

  /**
   * Numbers {@code code} can sell now (staff). A provider that refuses or cannot be reached gives a
   * {@link DidProvider.Failure} with its reason; an unconfigured one an IllegalStateException.
   */
  public List<ProviderNumber> search(Actor actor, String code, DidProvider.Query query) {
    AccessPolicy.requireStaff(actor);
    DidProvider p = providers.get(code);
    if (!p.enabled()) {
      throw new IllegalStateException("The provider " + code + " is not configured");
    }
    String country = query.country() == null ? "" : query.country().strip();
    if (!country.toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("The country must be a 2-letter ISO code");
    }
    if (query.type() == null) {
      throw new IllegalArgumentException("Choose a number type");
    }
    String contains = query.contains() == null ? null : query.contains().strip();
    if (contains != null && !contains.isEmpty() && !contains.matches("[0-9]{1,15}")) {
      throw new IllegalArgumentException("The number may contain digits only");
    }
    return p.search(
        new DidProvider.Query(
            country.toUpperCase(Locale.ROOT),
            query.type(),
            query.area() == null || query.area().isBlank() ? null : query.area().strip(),
            contains == null || contains.isEmpty() ? null : contains,
            Math.max(1, Math.min(query.limit(), MAX_SEARCH))));
  }

  /**
   * Adds numbers found at {@code code} to the tenant's inventory (admins), as the CSV import does:
   * all of them or none, a number already in the inventory refused by its line.
   */
  public InventoryImport add(Actor actor, String code, List<ProviderNumber> numbers) {
    AccessPolicy.requireAdmin(actor);
    DidProvider p = providers.get(code);
    if (numbers.isEmpty()) {
      return new InventoryImport.Refused(
          "Choose the numbers to add", List.of(new InventoryImport.LineError(0, "none chosen")), 1);
    }
    StringBuilder csv =
        new StringBuilder(
            "number,country,area,type,monthly_cost,setup_cost,channels,currency,provider_ref\n");
    for (ProviderNumber n : numbers) {
      csv.append(n.number())
          .append(',')
          .append(n.country())
          .append(',')
          .append(cell(n.area()))
          .append(',')
          .append(n.type().name())
          .append(',')
          .append(n.monthlyCost().toPlainString())
          .append(',')
          .append(n.setupCost().toPlainString())
          .append(',')
          .append(n.channels())
          .append(',')
          .append(n.currency())
          .append(',')
          .append(cell(n.ref()))
          .append('\n');
    }
    return inventory.importCsv(
        actor,
        p.code(),
        null,
        "search at " + p.code(),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private long inStock(Actor actor, String code) {
    return db.fetchCount(
        DID_INVENTORY,
        DID_INVENTORY
            .TENANT_ID
            .eq(actor.tenantId().value())
            .and(DID_INVENTORY.PROVIDER.eq(code))
            .and(DID_INVENTORY.DELETED_AT.isNull()));
  }

  /** A CSV cell, quoted when it holds a separator or a quote. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
