package com.didtron.activities.creditcontrol;

import com.didtron.activities.fx.FxRates;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.FxRatesChanged;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Exchange rates for credit control, kept in memory: a sell deck priced in another currency than
 * the account's balance is converted before the decision, so funds and cost are compared in the
 * account's currency. A pair is read from {@link FxRates} (override, else the published daily rate)
 * the first time it is needed and re-read every {@code didtron.switch.credit.fx-refresh-ms}; never
 * per call.
 */
@Component
class DeckFx {
  private final FxRates fx;
  private final Map<Pair, Optional<BigDecimal>> rates = new ConcurrentHashMap<>();

  DeckFx(FxRates fx) {
    this.fx = fx;
  }

  private record Pair(TenantId tenant, CurrencyCode from, CurrencyCode to) {}

  /** Units of {@code to} per unit of {@code from} today; empty when no rate is known. */
  Optional<BigDecimal> rate(TenantId tenant, CurrencyCode from, CurrencyCode to) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    return rates.computeIfAbsent(new Pair(tenant, from, to), this::read);
  }

  /** Re-reads every pair in use (new daily rates, a new override, a missing rate now set). */
  @Scheduled(fixedDelayString = "${didtron.switch.credit.fx-refresh-ms:300000}")
  public void refresh() {
    rates.replaceAll((pair, old) -> read(pair));
  }

  /** New published rates or an override, once committed. */
  @TransactionalEventListener(fallbackExecution = true)
  public void ratesChanged(FxRatesChanged change) {
    refresh();
  }

  private Optional<BigDecimal> read(Pair p) {
    return fx.rate(p.tenant(), p.from(), p.to(), fx.today());
  }
}
