package com.didtron.rating.offline;

import com.didtron.rating.cdr.CdrParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The CDR input columns and the rated output header. */
final class CdrColumns {
  static final int CALL_ID = 0;
  static final int ACCOUNT = 1;
  static final int CARRIER = 2;
  static final int CALLER = 3;
  static final int CALLEE = 4;
  static final int START_TIME = 5;
  static final int DURATION = 6;

  static final List<String> NAMES = CdrParser.COLUMNS;

  static final String OUTPUT_HEADER =
      "call_id,status,customer_prefix,customer_billable_seconds,customer_cost,"
          + "carrier_prefix,carrier_billable_seconds,carrier_cost,margin,reason\n";

  static final byte[] OUTPUT_HEADER_BYTES = OUTPUT_HEADER.getBytes(StandardCharsets.US_ASCII);

  /** Every CDR column is required (caller is not used for rating but is part of the format). */
  static boolean[] required() {
    return new boolean[] {true, true, true, true, true, true, true};
  }

  private CdrColumns() {}
}
