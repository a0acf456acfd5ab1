package com.didtron.rating.deck;

import java.util.List;

/** The canonical deck CSV columns, their order in {@link #NAMES} and which are required. */
final class DeckColumns {
  static final int PREFIX = 0;
  static final int DESTINATION = 1;
  static final int RATE = 2;
  static final int CONNECT_FEE = 3;
  static final int INITIAL_INCREMENT = 4;
  static final int SUBSEQUENT_INCREMENT = 5;
  static final int EFFECTIVE_FROM = 6;
  static final int EFFECTIVE_TO = 7;

  static final List<String> NAMES =
      List.of(
          "prefix",
          "destination",
          "rate",
          "connect_fee",
          "initial_increment",
          "subsequent_increment",
          "effective_from",
          "effective_to");

  /** connect_fee and effective_to may be left out of the header; their values may be empty. */
  static boolean[] required() {
    return new boolean[] {true, true, true, false, true, true, true, false};
  }

  private DeckColumns() {}
}
