package com.didtron.workflows.cdr;

import java.util.Objects;
import java.util.UUID;

/**
 * Re-rate the CDRs of a period with the decks active now.
 *
 * @param tenantId whose CDRs
 * @param from first start time included (ISO-8601 instant)
 * @param to first start time excluded (ISO-8601 instant)
 * @param scope which CDRs
 * @param requestedBy who asked (for the audit trail)
 */
public record RerateRequest(
    UUID tenantId, String from, String to, Scope scope, String requestedBy) {
  /** Which CDRs of the period are re-rated. */
  public enum Scope {
    /** Only CDRs that could not be rated (e.g. after a missing rate was added). */
    UNRATED,
    /** Rated and unrated CDRs (e.g. after a wrong rate was fixed). */
    ALL
  }

  public RerateRequest {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(scope, "scope");
  }
}
