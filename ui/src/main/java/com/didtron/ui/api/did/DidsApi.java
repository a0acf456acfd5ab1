package com.didtron.ui.api.did;

import com.didtron.activities.did.AccountDids;
import com.didtron.activities.did.DidChangeRefused;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.DidLifecycle;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
  private final DidLifecycle lifecycle;

  public DidsApi(
      DidInventory inventory, DidRental rental, AccountDids accountDids, DidLifecycle lifecycle) {
    this.lifecycle = lifecycle;
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

  /** New call handling of a number; a missing field keeps its value, failover "" removes it. */
  public record SettingsBody(String destination, String failover, Integer ringTimeoutSeconds) {}

  @PatchMapping("/{id}")
  @Operation(
      summary =
          "Change where a number's calls go (destination and failover SIP URIs, ring timeout"
              + " 5-120 s); the owner's users or staff; 422 with the reason when invalid")
  public DidLifecycle.NumberSettings update(@PathVariable UUID id, @RequestBody SettingsBody body) {
    return lifecycle.update(
        ApiActor.current(),
        id,
        new DidLifecycle.Settings(body.destination(), body.failover(), body.ringTimeoutSeconds()));
  }

  @PostMapping("/{id}/release")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "Give a number back: starts its release workflow (did-release-<id>); the owner's users"
              + " or staff")
  public DidLifecycle.ReleaseStarted release(@PathVariable UUID id) {
    return lifecycle.release(ApiActor.current(), id);
  }

  @ExceptionHandler(DidChangeRefused.class)
  ProblemDetail refused(DidChangeRefused e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    p.setTitle("Change refused");
    return p;
  }
}
