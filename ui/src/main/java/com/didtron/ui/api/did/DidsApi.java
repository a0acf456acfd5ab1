package com.didtron.ui.api.did;

import com.didtron.activities.did.AccountDids;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidOffer;
import com.didtron.activities.did.DidRental;
import com.didtron.activities.did.DidSearch;
import com.didtron.domain.account.AccountId;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
  private final DidRental rental;
  private final AccountDids accountDids;

  public DidsApi(DidInventory inventory, DidRental rental, AccountDids accountDids) {
    this.inventory = inventory;
    this.rental = rental;
    this.accountDids = accountDids;
  }

  /** What a run of the daily rental did: numbers looked at, newly charged, their sum. */
  public record AccrualRun(LocalDate date, int dids, int posted, BigDecimal amount) {}

  @GetMapping
  @Operation(
      summary =
          "An account's numbers in service (destination, failover, ring timeout, activated,"
              + " suspended, monthly price); staff of the tenant or the account's own users")
  public List<AccountDids.AccountDid> ofAccount(@RequestParam UUID accountId) {
    return accountDids.inService(ApiActor.current(), new AccountId(accountId));
  }

  @PostMapping("/accruals")
  @Operation(
      summary =
          "Charge the daily rental of a day (UTC) now for the tenant's numbers in service (super or"
              + " tenant admin); a day already charged posts nothing new")
  public AccrualRun accrue(
      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    DidRental.Batch b = rental.accrueDay(ApiActor.current(), date);
    return new AccrualRun(date, b.dids(), b.posted(), b.amount());
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
