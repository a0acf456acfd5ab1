package com.didtron.ui.siptest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgLineChartTest {
  private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void drawsOneLineAndLegendEntryPerSeriesWithEscapedNames() {
    Map<String, List<SvgLineChart.Point>> series = new LinkedHashMap<>();
    series.put(
        "Carrier <A> & Co",
        List.of(new SvgLineChart.Point(T, 50), new SvgLineChart.Point(T.plusSeconds(60), 75)));
    series.put("B", List.of(new SvgLineChart.Point(T, 10)));
    String svg = SvgLineChart.render("ASR over time", "%", series, 100);
    assertThat(svg).startsWith("<svg").endsWith("</svg>");
    assertThat(svg.split("<polyline", -1)).hasSize(3);
    assertThat(svg).contains("Carrier &lt;A&gt; &amp; Co").doesNotContain("<A>");
    assertThat(svg).contains("100 %").contains("11-21 10:00:00").contains("11-21 10:01:00 UTC");
  }

  @Test
  void anEmptyChartSaysSo() {
    assertThat(SvgLineChart.render("PDD", "ms", Map.of(), 1000)).contains("No data yet");
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "0.3, 0.5", "7, 10", "100, 100", "101, 200", "3400, 5000"})
  void theValueAxisEndsOnARoundNumber(double max, double ceiling) {
    assertThat(SvgLineChart.niceCeiling(max)).isEqualTo(ceiling);
  }
}
