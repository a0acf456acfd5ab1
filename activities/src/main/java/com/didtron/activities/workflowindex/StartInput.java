package com.didtron.activities.workflowindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A workflow's start arguments as a JSON array, written with the client's own data converter (so
 * each element is exactly the JSON the workflow received) and read back as JSON trees, which the
 * converter sends unchanged and the workflow binds to its parameter types again.
 */
final class StartInput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_ENCODING = "json/plain";

  private StartInput() {}

  /** The arguments as a JSON array; null when one is not JSON (such a run cannot be restarted). */
  static String write(WorkflowClient client, Object[] args) {
    return write(client.getOptions().getDataConverter(), args);
  }

  static String write(DataConverter converter, Object[] args) {
    ArrayNode array = JSON.createArrayNode();
    for (Object arg : args) {
      JsonNode node = arg == null ? JSON.nullNode() : tree(converter.toPayload(arg).orElseThrow());
      if (node == null) {
        return null;
      }
      array.add(node);
    }
    return array.toString();
  }

  static List<Object> read(String startInput) {
    if (startInput == null) {
      throw new IllegalArgumentException("the run's start input was not stored");
    }
    try {
      List<Object> args = new ArrayList<>();
      JSON.readTree(startInput).forEach(node -> args.add(node.isNull() ? null : node));
      return args;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the run's stored start input is not JSON", e);
    }
  }

  private static JsonNode tree(Payload payload) {
    String encoding =
        payload.getMetadataOrDefault("encoding", null) == null
            ? ""
            : payload.getMetadataOrThrow("encoding").toString(StandardCharsets.UTF_8);
    if (!JSON_ENCODING.equals(encoding)) {
      return null;
    }
    try {
      return JSON.readTree(payload.getData().toString(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
