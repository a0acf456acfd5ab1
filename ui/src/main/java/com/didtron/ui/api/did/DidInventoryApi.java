package com.didtron.ui.api.did;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidPattern;
import com.didtron.activities.did.InventoryFilter;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.did.InventoryNumber;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DID inventory for staff and operators' scripts: import numbers from CSV, list them with
 * supplier and cost, delete and restore. The same rules as the portal ({@link DidInventory}).
 */
@RestController
@RequestMapping("/api/did-inventory")
@Tag(name = "DID inventory", description = "Numbers of the tenant with supplier and cost (staff)")
public class DidInventoryApi {
  private final DidInventory inventory;

  public DidInventoryApi(DidInventory inventory) {
    this.inventory = inventory;
  }

  /** The answer to an import: the numbers added, or nothing and the lines at fault. */
  public record ImportJson(
      boolean imported,
      UUID importId,
      long numbers,
      String reason,
      long errorCount,
      List<InventoryImport.LineError> errors) {}

  @PostMapping(
      value = "/imports",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  @Operation(summary = "Import numbers from a CSV body: all lines or none (422 with line errors)")
  public ResponseEntity<ImportJson> importCsv(
      @RequestParam(defaultValue = "manual") String provider,
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) String fileName,
      InputStream body) {
    InventoryImport outcome =
        inventory.importCsv(ApiActor.current(), provider, currency, fileName, body);
    return switch (outcome) {
      case InventoryImport.Imported ok ->
          ResponseEntity.status(HttpStatus.CREATED)
              .body(new ImportJson(true, ok.importId(), ok.numbers(), null, 0, List.of()));
      case InventoryImport.Refused r ->
          ResponseEntity.unprocessableContent()
              .body(new ImportJson(false, null, 0, r.reason(), r.errorCount(), r.errors()));
    };
  }

  @GetMapping
  @Operation(summary = "The inventory with supplier and cost, in number order (after= pages)")
  public List<InventoryNumber> list(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) DidState state,
      @RequestParam(required = false) String provider,
      @RequestParam(required = false) String pattern,
      @RequestParam(defaultValue = "false") boolean deleted,
      @RequestParam(required = false) String after,
      @RequestParam(defaultValue = "100") int limit) {
    NumberType t =
        type == null || type.isBlank()
            ? null
            : NumberType.parse(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown number type " + type));
    return inventory.list(
        ApiActor.current(),
        new InventoryFilter(
            country,
            t,
            state,
            provider,
            DidPattern.parse(pattern).orElse(null),
            deleted,
            after,
            limit));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One number of the inventory")
  public InventoryNumber get(@PathVariable UUID id) {
    return inventory.get(ApiActor.current(), id);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Soft-delete a number nobody holds (AVAILABLE, QUARANTINE, RELEASED)")
  public InventoryNumber delete(@PathVariable UUID id) {
    return inventory.delete(ApiActor.current(), id);
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Restore a deleted number")
  public InventoryNumber restore(@PathVariable UUID id) {
    return inventory.restore(ApiActor.current(), id);
  }
}
