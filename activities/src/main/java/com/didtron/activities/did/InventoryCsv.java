package com.didtron.activities.did;

import com.didtron.domain.did.NumberType;
import com.didtron.rating.csv.CsvHeader;
import com.didtron.rating.csv.CsvReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inventory CSV format: a header line naming the columns (any order, any case), then one number
 * per line. Required: {@code number, country, type, monthly_cost, setup_cost}; optional: {@code
 * area, channels, currency, provider_ref}. A row is checked on its own here; duplicates are found
 * in the database after staging.
 */
final class InventoryCsv {
  static final List<String> COLUMNS =
      List.of(
          "number",
          "country",
          "area",
          "type",
          "monthly_cost",
          "setup_cost",
          "channels",
          "currency",
          "provider_ref");
  private static final boolean[] REQUIRED = {
    true, true, false, true, true, true, false, false, false
  };
  static final int NUMBER = 0;
  static final int COUNTRY = 1;
  static final int AREA = 2;
  static final int TYPE = 3;
  static final int MONTHLY = 4;
  static final int SETUP = 5;
  static final int CHANNELS = 6;
  static final int CURRENCY = 7;
  static final int REF = 8;
  private static final BigDecimal MAX_COST = new BigDecimal("1000000");

  /** One valid row, ready to stage. */
  record Row(
      long line,
      String number,
      String country,
      String area,
      NumberType type,
      BigDecimal monthlyCost,
      BigDecimal setupCost,
      int channels,
      String currency,
      String providerRef) {}

  /** A row's verdict: the row, or what is wrong with it. */
  sealed interface Verdict {}

  record Valid(Row row) implements Verdict {}

  record Invalid(String reason) implements Verdict {}

  private final CsvHeader header;
  private final Set<String> countries;
  private final String defaultCurrency;

  InventoryCsv(CsvHeader header, Set<String> countries, String defaultCurrency) {
    this.header = header;
    this.countries = countries;
    this.defaultCurrency = defaultCurrency;
  }

  static CsvHeader header(CsvReader reader) {
    return CsvHeader.read(reader, COLUMNS, REQUIRED);
  }

  Verdict check(CsvReader r) {
    if (r.fieldCount() != header.fieldCount()) {
      return new Invalid(
          "has " + r.fieldCount() + " fields, the header has " + header.fieldCount());
    }
    String number = digits(field(r, NUMBER));
    if (number == null) {
      return new Invalid("number must be an E.164 number of 7 to 15 digits (no leading 0)");
    }
    String country = field(r, COUNTRY).toUpperCase(Locale.ROOT);
    if (!countries.contains(country)) {
      return new Invalid("country '" + country + "' is not a DID country (see /api/did-countries)");
    }
    NumberType type = NumberType.parse(field(r, TYPE)).orElse(null);
    if (type == null) {
      return new Invalid("type must be GEOGRAPHIC, MOBILE, TOLL_FREE or NATIONAL");
    }
    String area = field(r, AREA);
    if (area.length() > 120) {
      return new Invalid("area is longer than 120 characters");
    }
    BigDecimal monthly = cost(field(r, MONTHLY));
    BigDecimal setup = cost(field(r, SETUP));
    if (monthly == null || setup == null) {
      return new Invalid(
          (monthly == null ? "monthly_cost" : "setup_cost")
              + " must be a decimal between 0 and 1000000 with at most 6 decimals");
    }
    String currency = field(r, CURRENCY).toUpperCase(Locale.ROOT);
    currency = currency.isEmpty() ? defaultCurrency : currency;
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      return new Invalid("currency must be a three-letter ISO code (a column or ?currency=)");
    }
    Integer channels = channels(field(r, CHANNELS));
    if (channels == null) {
      return new Invalid("channels must be a whole number between 1 and 10000");
    }
    String ref = field(r, REF);
    if (ref.length() > 200) {
      return new Invalid("provider_ref is longer than 200 characters");
    }
    return new Valid(
        new Row(
            r.line(),
            number,
            country,
            area,
            type,
            monthly,
            setup,
            channels,
            currency,
            ref.isEmpty() ? null : ref));
  }

  private String field(CsvReader r, int column) {
    int at = header.position(column);
    return at < 0 ? "" : r.string(at).strip();
  }

  /** The digits of an E.164 number ({@code +} and spaces allowed), or null when not one. */
  static String digits(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    t = t.replace(" ", "").replace("-", "");
    return t.matches("[1-9][0-9]{6,14}") ? t : null;
  }

  private static BigDecimal cost(String text) {
    try {
      BigDecimal v = new BigDecimal(text);
      if (v.signum() < 0 || v.compareTo(MAX_COST) > 0 || v.stripTrailingZeros().scale() > 6) {
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer channels(String text) {
    if (text.isEmpty()) {
      return 2;
    }
    if (!text.matches("[0-9]{1,5}")) {
      return null;
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= 10000 ? n : null;
  }
}
