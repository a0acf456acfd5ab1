package com.didtron.activities.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Field-by-field difference between the before and after states of an audit entry. */
public final class AuditDiff {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One field that differs; either side may be null (added or removed). */
  public record FieldChange(String field, String before, String after) {}

  private AuditDiff() {}

  /** Fields whose value differs, sorted by name; every field when one side is absent. */
  public static List<FieldChange> between(String beforeJson, String afterJson) {
    JsonNode before = parse(beforeJson);
    JsonNode after = parse(afterJson);
    TreeSet<String> fields = new TreeSet<>();
    before.propertyNames().forEach(fields::add);
    after.propertyNames().forEach(fields::add);
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String b = text(before.get(field));
      String a = text(after.get(field));
      if (!Objects.equals(b, a)) {
        changes.add(new FieldChange(field, b, a));
      }
    }
    return changes;
  }

  private static JsonNode parse(String json) {
    return json == null ? JSON.createObjectNode() : JSON.readTree(json);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asString() : node.toString();
  }
}
