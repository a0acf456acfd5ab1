package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dids bench cannot silently measure nothing: its inventory is real and its checks bite. */
class DidsBenchTest {
  @Test
  void theSyntheticInventoryIsDistinctE164NumbersThatEveryPatternFinds(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("inventory.csv");
    DidsBench.write(csv, 50_000);
    List<String> lines = Files.readAllLines(csv);
    List<String> numbers = lines.stream().skip(1).map(l -> l.split(",")[0]).toList();

    assertThat(numbers).hasSize(50_000).allMatch(n -> n.matches("[1-9][0-9]{6,14}"));
    assertThat(new HashSet<>(numbers)).hasSize(50_000);
    assertThat(numbers).anyMatch(n -> n.startsWith("4930"));
    assertThat(numbers).anyMatch(n -> n.contains("1234"));
    assertThat(numbers).anyMatch(n -> n.matches("4989[0-9]{2}7[0-9]*"));
  }

  @Test
  void aKindAnsweringNothingOrNonMatchingNumbersFailsTheBench() {
    DidsBench.check("prefix 4930*", List.of("49301000000"));
    DidsBench.check("contains *1234*", List.of("31101234018"));

    assertThatThrownBy(() -> DidsBench.check("prefix 4930*", List.of()))
        .hasMessageContaining("returned nothing");
    assertThatThrownBy(() -> DidsBench.check("prefix 4930*", List.of("49401000000")))
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> DidsBench.check("contains *1234*", List.of("49301000000")))
        .hasMessageContaining("does not match");
  }
}
