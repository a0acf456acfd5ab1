package com.didtron.ui.siptest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small line chart rendered on the server as SVG (no JavaScript bundle needed): one line per
 * series over time, a value axis from zero with four grid lines, first and last time under the axis
 * (UTC), and a legend. Text is escaped; colours come from a fixed palette.
 */
final class SvgLineChart {
  /** One measurement. */
  record Point(Instant at, double value) {}

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int LEFT = 52;
  private static final int RIGHT = 16;
  private static final int TOP = 34;
  private static final int BOTTOM = 28;
  private static final String[] PALETTE = {
    "#2563EB", "#DC2626", "#16A34A", "#D97706", "#7C3AED", "#0891B2"
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private SvgLineChart() {}

  /**
   * The SVG document.
   *
   * @param minYMax the value axis reaches at least this high (e.g. 100 for percentages)
   */
  static String render(String title, String unit, Map<String, List<Point>> series, double minYMax) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dt-chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-label=\"")
        .append(escape(title))
        .append("\">")
        .append("<text x=\"")
        .append(LEFT)
        .append("\" y=\"18\" class=\"dt-chart-title\">")
        .append(escape(title))
        .append("</text>");
    List<Point> all = series.values().stream().flatMap(List::stream).toList();
    if (all.isEmpty()) {
      return svg.append("<text x=\"")
          .append(WIDTH / 2)
          .append("\" y=\"")
          .append(HEIGHT / 2)
          .append("\" text-anchor=\"middle\" class=\"dt-chart-empty\">No data yet</text></svg>")
          .toString();
    }
    long t0 = all.stream().mapToLong(p -> p.at().toEpochMilli()).min().orElseThrow();
    long t1 = all.stream().mapToLong(p -> p.at().toEpochMilli()).max().orElseThrow();
    if (t1 == t0) {
      t0 -= 30_000;
      t1 += 30_000;
    }
    double yMax =
        niceCeiling(Math.max(minYMax, all.stream().mapToDouble(Point::value).max().orElse(0)));
    axes(svg, unit, yMax, Instant.ofEpochMilli(t0), Instant.ofEpochMilli(t1));
    int i = 0;
    for (Map.Entry<String, List<Point>> s : series.entrySet()) {
      line(svg, s.getValue(), PALETTE[i % PALETTE.length], t0, t1, yMax);
      legend(svg, s.getKey(), PALETTE[i % PALETTE.length], i);
      i++;
    }
    return svg.append("</svg>").toString();
  }

  private static void axes(StringBuilder svg, String unit, double yMax, Instant from, Instant to) {
    for (int g = 0; g <= 4; g++) {
      double v = yMax * g / 4;
      double y = y(v, yMax);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"dt-chart-grid\"/>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"dt-chart-label\">%s</text>",
              LEFT - 6,
              y + 4,
              escape(format(v) + (g == 4 ? " " + unit : ""))));
    }
    int base = HEIGHT - BOTTOM;
    svg.append("<text x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(base + 18)
        .append("\" class=\"dt-chart-label\">")
        .append(TIME.format(from))
        .append("</text>");
    svg.append("<text x=\"")
        .append(WIDTH - RIGHT)
        .append("\" y=\"")
        .append(base + 18)
        .append("\" text-anchor=\"end\" class=\"dt-chart-label\">")
        .append(TIME.format(to))
        .append(" UTC</text>");
  }

  private static void line(
      StringBuilder svg, List<Point> points, String colour, long t0, long t1, double yMax) {
    StringBuilder coords = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Point p : points) {
      double x = LEFT + (double) (p.at().toEpochMilli() - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
      double y = y(p.value(), yMax);
      coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      dots.append(
          String.format(
              Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, colour));
    }
    svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
        .append(colour)
        .append("\" points=\"")
        .append(coords.toString().strip())
        .append("\"/>")
        .append(dots);
  }

  private static void legend(StringBuilder svg, String name, String colour, int index) {
    int x = WIDTH - RIGHT - 150;
    int y = 14 + index * 14;
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y - 8)
        .append("\" width=\"10\" height=\"10\" fill=\"")
        .append(colour)
        .append("\"/><text x=\"")
        .append(x + 14)
        .append("\" y=\"")
        .append(y + 1)
        .append("\" class=\"dt-chart-label\">")
        .append(escape(name))
        .append("</text>");
  }

  private static double y(double v, double yMax) {
    return TOP + (1 - v / yMax) * (HEIGHT - TOP - BOTTOM);
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
  static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= v) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
