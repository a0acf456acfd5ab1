package com.didtron.ui.siptest;

import com.didtron.activities.siptest.ChartPoint;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** ASR and PDD p50 over time, one line per carrier, as server-rendered SVG. */
final class CampaignCharts {
  private CampaignCharts() {}

  static Div of(List<ChartPoint> points) {
    Div charts = new Div();
    charts.addClassName("dt-chart-pair");
    charts.add(
        chart("ASR over time", "%", points, ChartPoint::asrPercent, 100),
        chart(
            "PDD p50 over time",
            "ms",
            points,
            p -> p.pddP50Ms() == null ? null : p.pddP50Ms().doubleValue(),
            1000));
    return charts;
  }

  /**
   * The SVG goes in as the innerHTML property, not through {@code Html}: that one parses with an
   * HTML parser that lower-cases {@code viewBox}, and SVG attributes are case-sensitive. The
   * renderer escapes every text it writes.
   */
  private static Div chart(
      String title,
      String unit,
      List<ChartPoint> points,
      Function<ChartPoint, Double> value,
      double minYMax) {
    Map<String, List<SvgLineChart.Point>> series = new LinkedHashMap<>();
    for (ChartPoint p : points) {
      Double v = value.apply(p);
      if (v != null) {
        series
            .computeIfAbsent(p.carrierName(), k -> new ArrayList<>())
            .add(new SvgLineChart.Point(p.bucket(), v));
      }
    }
    Div box = new Div();
    box.addClassName("dt-chart-box");
    box.getElement().setProperty("innerHTML", SvgLineChart.render(title, unit, series, minYMax));
    return box;
  }
}
