package com.didtron.activities.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.audit.AuditDiff.FieldChange;
import org.junit.jupiter.api.Test;

class AuditDiffTest {
  @Test
  void listsOnlyTheFieldsThatChanged() {
    assertThat(
            AuditDiff.between(
                "{\"name\":\"Acme\",\"status\":\"ACTIVE\",\"limit\":\"10\"}",
                "{\"name\":\"Acme\",\"status\":\"SUSPENDED\",\"limit\":\"10\"}"))
        .containsExactly(new FieldChange("status", "ACTIVE", "SUSPENDED"));
  }

  @Test
  void aCreateShowsEveryFieldAsAdded() {
    assertThat(AuditDiff.between(null, "{\"b\":1,\"a\":null,\"c\":[\"X\"]}"))
        .containsExactly(new FieldChange("b", null, "1"), new FieldChange("c", null, "[\"X\"]"));
  }

  @Test
  void aPurgeShowsEveryFieldAsRemoved() {
    assertThat(AuditDiff.between("{\"name\":\"Acme\"}", null))
        .containsExactly(new FieldChange("name", "Acme", null));
  }
}
