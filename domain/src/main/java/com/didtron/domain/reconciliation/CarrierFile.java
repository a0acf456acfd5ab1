package com.didtron.domain.reconciliation;

import com.didtron.domain.money.AmountParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a carrier's invoice lines or CDRs from CSV. A header names the columns (any order, case
 * ignored): {@code date} (ISO {@code 2026-03-04} or US {@code 3/4/2026}; a date-time is cut to its
 * date), {@code minutes} or {@code seconds}, {@code amount}, and optionally {@code destination} and
 * {@code call_id}. Errors name the line.
 */
public final class CarrierFile {
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);

  private CarrierFile() {}

  /** The rows, or the errors (each "line N: ..."). */
  public record Parsed(List<UsageRow> rows, List<String> errors) {}

  public static Parsed parse(String content) {
    List<String> errors = new ArrayList<>();
    List<UsageRow> rows = new ArrayList<>();
    String[] lines = content.replace("\r", "").split("\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      return new Parsed(
          rows,
          List.of(
              "line 1: the file is empty; expected a header such as date,destination,minutes,amount"));
    }
    List<String> header =
        Arrays.stream(lines[0].split(",", -1))
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .toList();
    int date = header.indexOf("date");
    int minutes = header.indexOf("minutes");
    int seconds = header.indexOf("seconds");
    int amount = header.indexOf("amount");
    if (date < 0 || amount < 0 || (minutes < 0 && seconds < 0)) {
      return new Parsed(
          rows, List.of("line 1: the header needs date, minutes (or seconds) and amount columns"));
    }
    int destination = header.indexOf("destination");
    int call = header.indexOf("call_id");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split(",", -1);
      try {
        BigDecimal m =
            minutes >= 0
                ? number(f[minutes], "minutes")
                : number(f[seconds], "seconds")
                    .divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
        rows.add(
            new UsageRow(
                day(f[date]),
                destination >= 0 ? f[destination] : null,
                call >= 0 ? f[call] : null,
                m,
                number(f[amount], "amount")));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        errors.add(
            "line "
                + (i + 1)
                + ": "
                + (e instanceof ArrayIndexOutOfBoundsException
                    ? "has " + f.length + " columns, the header has " + header.size()
                    : e.getMessage()));
      }
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add("line 2: the file has a header but no rows");
    }
    return new Parsed(rows, errors);
  }

  private static LocalDate day(String v) {
    String s = v.strip();
    try {
      return s.contains("/")
          ? LocalDate.parse(s.split(" ")[0], US)
          : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + s + "' is not a date (use 2026-03-04 or 3/4/2026)");
    }
  }

  private static BigDecimal number(String v, String what) {
    return switch (AmountParser.parse(v)) {
      case AmountParser.Amount a -> a.value();
      case AmountParser.Refused r when r.notANumber() ->
          throw new IllegalArgumentException(what + " '" + shown(v.strip()) + "' is not a number");
      case AmountParser.Refused r -> throw new IllegalArgumentException(what + ": " + r.reason());
    };
  }

  private static String shown(String v) {
    return v.length() > 24 ? v.substring(0, 24) + "…" : v;
  }
}
