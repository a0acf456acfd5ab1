package com.didtron.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant: one white-label brand running on the platform. */
public record TenantId(UUID value) {
  public TenantId {
    Objects.requireNonNull(value, "tenant id");
  }

  public static TenantId of(String value) {
    return new TenantId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
