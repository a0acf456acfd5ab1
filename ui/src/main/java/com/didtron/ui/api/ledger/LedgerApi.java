package com.didtron.ui.api.ledger;

import com.didtron.activities.ledger.LedgerBrowser;
import com.didtron.domain.ledger.TrialBalance;
import com.didtron.ui.api.base.ApiActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger over the API (finance staff and auditors). */
@RestController
@Tag(name = "Ledger", description = "Trial balance")
public class LedgerApi {
  private final LedgerBrowser browser;

  public LedgerApi(LedgerBrowser browser) {
    this.browser = browser;
  }

  /** One account in one currency; balance is debit-positive. */
  public record LineJson(
      String code,
      String name,
      String type,
      String currency,
      String debit,
      String credit,
      String balance) {}

  /** Every line, and debits minus credits per currency (zero on a sound ledger). */
  public record TrialBalanceJson(
      List<LineJson> lines, Map<String, String> totals, boolean balanced) {}

  @GetMapping("/api/ledger/trial-balance")
  @Operation(
      summary = "Trial balance per ledger account and currency; totals are zero per currency")
  public TrialBalanceJson trialBalance() {
    TrialBalance tb = browser.trialBalance(ApiActor.current());
    List<LineJson> lines =
        tb.lines().stream()
            .map(
                l ->
                    new LineJson(
                        l.account().code(),
                        l.account().name(),
                        l.account().type().name(),
                        l.currency().code(),
                        plain(l.debit()),
                        plain(l.credit()),
                        plain(l.balance())))
            .toList();
    Map<String, String> totals = new LinkedHashMap<>();
    tb.totals().forEach((c, v) -> totals.put(c.code(), plain(v)));
    return new TrialBalanceJson(lines, totals, tb.isBalanced());
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
