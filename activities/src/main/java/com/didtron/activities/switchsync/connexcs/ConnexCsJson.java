package com.didtron.activities.switchsync.connexcs;

import com.didtron.activities.switchsync.SwitchUnreadable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing ConnexCS's JSON; none of it leaves this package. */
final class ConnexCsJson {
  private static final int MAX_MESSAGE = 500;
  private final JsonMapper mapper;

  ConnexCsJson(JsonMapper mapper) {
    // amounts stay exact: floats in answers are read as BigDecimal, never through double
    this.mapper =
        mapper.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  String write(JsonNode node) {
    return mapper.writeValueAsString(node);
  }

  JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      return mapper.missingNode();
    }
    try {
      return mapper.readTree(body);
    } catch (JacksonException e) {
      throw new SwitchUnreadable(
          "ConnexCS answered with something that is not JSON: " + shorten(body), e);
    }
  }

  /**
   * The rows of a list answer: a bare array, or the array under {@code result}, {@code data} or
   * {@code rows}.
   */
  static List<JsonNode> rows(JsonNode answer) {
    JsonNode list = answer;
    for (String key : List.of("result", "data", "rows")) {
      if (list.isObject() && list.path(key).isArray()) {
        list = list.path(key);
      }
    }
    if (!list.isArray()) {
      throw new SwitchUnreadable("ConnexCS answered without a list of rows", null);
    }
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  /** The id in a create answer: {@code id} of the object (or of the first row of an array). */
  static String id(JsonNode answer, String what) {
    JsonNode row = answer.isArray() ? answer.path(0) : answer;
    String id = text(row, "id");
    if (id == null) {
      throw new SwitchUnreadable("ConnexCS created the " + what + " but did not say its id", null);
    }
    return id;
  }

  /** A field as text (numbers too), or null when missing, null or blank. */
  static String text(JsonNode row, String field) {
    JsonNode v = row.path(field);
    if (v.isMissingNode() || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asString();
    return s.isBlank() ? null : s.strip();
  }

  /** A field as an exact decimal, or null when missing; a non-number is an error. */
  static BigDecimal decimal(JsonNode row, String field) {
    String s = text(row, field);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not a number: " + shorten(s));
    }
  }

  static BigDecimal decimalOrZero(JsonNode row, String field) {
    BigDecimal d = decimal(row, field);
    return d == null ? BigDecimal.ZERO : d;
  }

  /**
   * The switch's error message in an error answer: {@code message}, {@code error} or {@code
   * errors}.
   */
  String errorMessage(String body) {
    if (body == null || body.isBlank()) {
      return "no message";
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JacksonException e) {
      return shorten(body);
    }
    for (String key : List.of("message", "error", "errors")) {
      JsonNode v = node.path(key);
      if (v.isValueNode() && !v.asString().isBlank()) {
        return shorten(v.asString());
      }
      if (v.isObject() && v.path("message").isValueNode()) {
        return shorten(v.path("message").asString());
      }
      if (v.isArray() || v.isObject()) {
        return shorten(v.toString());
      }
    }
    return shorten(body);
  }

  static String shorten(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "…";
  }
}
