package com.didtron.activities.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.invoicing.PeriodShares.Share;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeriodSharesTest {
  private static final Instant OCTOBER = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");

  private static Share share(UUID entry, Instant period, String amount) {
    return new Share(entry, period, "UK", new BigDecimal(amount), 1, 60);
  }

  @Test
  void anEntryIsBilledByCallPeriodOnlyWhenEveryShareHasAPeriodAndTheSharesAddUpToIt() {
    UUID split = UUID.randomUUID();
    UUID legacy = UUID.randomUUID();
    UUID inconsistent = UUID.randomUUID();
    Map<UUID, List<Share>> all =
        Map.of(
            split, List.of(share(split, OCTOBER, "0.12"), share(split, NOVEMBER, "0.24")),
            legacy, List.of(share(legacy, null, "0.36")),
            inconsistent, List.of(share(inconsistent, OCTOBER, "0.10")));
    Map<UUID, BigDecimal> posted =
        Map.of(
            split,
            new BigDecimal("0.36"),
            legacy,
            new BigDecimal("0.36"),
            inconsistent,
            new BigDecimal("0.36"));

    assertThat(PeriodShares.byPeriod(all, posted)).containsExactly(split);
  }
}
