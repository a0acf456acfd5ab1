package com.didtron.ui.api.invoicing;

import com.didtron.activities.invoicing.BillingSettingsService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.invoicing.BillingCycle;
import com.didtron.domain.invoicing.BillingTerms;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's billing terms over the API; the same rules as the portal (BillingSettingsService).
 */
@RestController
@Tag(
    name = "Billing terms",
    description = "Billing cycle, time zone, tax rate and payment terms per account")
public class BillingTermsApi {
  private final BillingSettingsService billing;

  public BillingTermsApi(BillingSettingsService billing) {
    this.billing = billing;
  }

  /**
   * The terms; a change may leave fields out to keep them. {@code paymentTerms} ("30/15" = cycle
   * days / due days) sets cycle and due days at once; {@code blockedFor}: invoices for which new
   * calls are blocked (read only).
   */
  public record TermsJson(
      String billingCycle,
      String timeZone,
      BigDecimal taxRate,
      Integer dueDays,
      String paymentTerms,
      List<String> blockedFor) {
    static TermsJson of(BillingTerms t, List<String> blockedFor) {
      return new TermsJson(
          t.cycle().name(),
          t.zone().getId(),
          t.taxRate(),
          t.dueDays(),
          t.paymentTerms(),
          blockedFor);
    }
  }

  @GetMapping("/api/accounts/{id}/billing-terms")
  @Operation(summary = "An account's billing terms (anyone who may see the account)")
  public TermsJson get(@PathVariable UUID id) {
    Actor actor = ApiActor.current();
    AccountId account = new AccountId(id);
    return TermsJson.of(billing.of(actor, account), billing.blockedFor(actor, account));
  }

  @PutMapping("/api/accounts/{id}/billing-terms")
  @Operation(
      summary =
          "Change an account's billing terms (super admins and finance); 400 with the reason on bad values, 403/404 for others")
  public TermsJson put(@PathVariable UUID id, @RequestBody TermsJson body) {
    if (body == null) {
      throw new IllegalArgumentException(
          "Give the terms to change: billingCycle, timeZone, taxRate, dueDays or paymentTerms");
    }
    Actor actor = ApiActor.current();
    AccountId account = new AccountId(id);
    BillingTerms now = billing.of(actor, account);
    BillingTerms next =
        new BillingTerms(
            body.billingCycle() == null ? now.cycle() : cycle(body.billingCycle()),
            body.timeZone() == null ? now.zone() : BillingTerms.zone(body.timeZone()),
            body.taxRate() == null ? now.taxRate() : body.taxRate(),
            body.dueDays() == null ? now.dueDays() : body.dueDays());
    if (body.paymentTerms() != null) {
      next = next.withPaymentTerms(body.paymentTerms());
    }
    return TermsJson.of(billing.update(actor, account, next), billing.blockedFor(actor, account));
  }

  private static BillingCycle cycle(String name) {
    try {
      return BillingCycle.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown billing cycle " + name + " (DAILY, WEEKLY, SEMI_MONTHLY, MONTHLY)");
    }
  }
}
