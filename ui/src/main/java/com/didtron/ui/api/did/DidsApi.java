package com.didtron.ui.api.did;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidOffer;
import com.didtron.activities.did.DidSearch;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Numbers for sale, as customers search them: the tenant's AVAILABLE numbers with the customer's
 * sell prices, never cost nor supplier.
 */
@RestController
@RequestMapping("/api/dids")
@Tag(name = "DIDs", description = "Search numbers for sale (customers and staff)")
public class DidsApi {
  private final DidInventory inventory;

  public DidsApi(DidInventory inventory) {
    this.inventory = inventory;
  }

  /** A page of numbers; {@code next} is the {@code after=} of the following page, or null. */
  public record SearchPage(List<DidOffer> rows, String next) {}

  @GetMapping("/available")
  @Operation(
      summary =
          "Available numbers by country, type, area and pattern (digits, * and ?), in number"
              + " order; page with after=<next>")
  public SearchPage available(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String pattern,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) Integer limit) {
    DidSearch search = DidSearch.of(country, type, area, pattern, after, limit);
    List<DidOffer> rows = inventory.search(ApiActor.current(), search);
    String next = rows.size() < search.limit() ? null : rows.getLast().number();
    return new SearchPage(rows, next);
  }
}
