package com.didtron.ui.api.payment;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.payment.PaymentChange;
import com.didtron.activities.payment.TopUps;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.balance.CustomerBalance;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.TopUpInput;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import com.didtron.ui.api.base.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Top-ups and balances over the API: manual top-ups by finance staff; balances and payments to
 * read.
 */
@RestController
@Tag(name = "Payments", description = "Top-ups (admin) and balances")
public class TopUpsApi {
  private final TopUps topUps;
  private final CustomerBalances balances;

  public TopUpsApi(TopUps topUps, CustomerBalances balances) {
    this.topUps = topUps;
    this.balances = balances;
  }

  /** A manual top-up request; amounts are decimal strings. */
  public record TopUpRequest(UUID accountId, String amount, String currency, String reason) {}

  /** A payment as the API shows it. */
  public record PaymentJson(
      UUID id,
      UUID accountId,
      String provider,
      String status,
      String amount,
      String currency,
      String reason,
      Instant createdAt,
      Instant completedAt) {
    static PaymentJson of(Payment p) {
      return new PaymentJson(
          p.id(),
          p.accountId().value(),
          p.provider().name(),
          p.status().name(),
          p.amount().amount().stripTrailingZeros().toPlainString(),
          p.amount().currency().code(),
          p.reason(),
          p.createdAt(),
          p.completedAt());
    }
  }

  /** A customer's balance. */
  public record BalanceJson(
      UUID accountId,
      String currency,
      String funds,
      String creditLimit,
      String available,
      boolean canCall) {}

  @PostMapping("/api/top-ups")
  @Operation(
      summary = "Manual top-up (super admins, finance); reason required; 422 lists invalid fields")
  public ResponseEntity<PaymentJson> topUp(@RequestBody TopUpRequest body) {
    if (body.accountId() == null) {
      throw new IllegalArgumentException("accountId is required");
    }
    PaymentChange change =
        topUps.manual(
            ApiActor.current(),
            new AccountId(body.accountId()),
            new TopUpInput(body.amount(), body.currency(), body.reason()));
    if (change instanceof PaymentChange.Rejected r) {
      throw new ApiErrors.Invalid(r.errors());
    }
    PaymentJson p = PaymentJson.of(((PaymentChange.Done) change).payment());
    return ResponseEntity.created(URI.create("/api/payments/" + p.id())).body(p);
  }

  @GetMapping("/api/payments")
  @Operation(
      summary = "Payments (staff: the tenant's, optionally of one account; customers: their own)")
  public ApiPage<PaymentJson> payments(
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) Integer limit) {
    PageRequest page = ApiPage.request(offset, limit);
    return ApiPage.of(
        topUps.find(ApiActor.current(), accountId == null ? null : new AccountId(accountId), page),
        page,
        PaymentJson::of);
  }

  @GetMapping("/api/payments/{id}")
  @Operation(summary = "One payment")
  public PaymentJson payment(@PathVariable UUID id) {
    return PaymentJson.of(topUps.get(ApiActor.current(), id));
  }

  @GetMapping("/api/accounts/{id}/balance")
  @Operation(summary = "A customer's balance: funds (positive = prepaid), credit limit, available")
  public BalanceJson balance(@PathVariable UUID id) {
    CustomerBalance b = balances.of(ApiActor.current(), new AccountId(id));
    return new BalanceJson(
        id,
        b.funds().currency().code(),
        plain(b.funds().amount()),
        plain(b.creditLimit()),
        plain(b.available().amount()),
        b.canCall());
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
