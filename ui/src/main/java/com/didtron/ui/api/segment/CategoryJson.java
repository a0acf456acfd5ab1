package com.didtron.ui.api.segment;

import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import java.util.List;
import java.util.UUID;

/** A category with its groups; amounts as plain decimal strings. */
public record CategoryJson(
    UUID id,
    String code,
    String name,
    String billingMode,
    String creditLimit,
    String currency,
    boolean selfSignup,
    List<GroupJson> groups) {

  /** A group of a category. */
  public record GroupJson(UUID id, UUID categoryId, String code, String name) {
    static GroupJson of(CustomerGroup g) {
      return new GroupJson(g.id().value(), g.categoryId().value(), g.code(), g.name());
    }
  }

  static CategoryJson of(CustomerCategory c, List<CustomerGroup> all) {
    return new CategoryJson(
        c.id().value(),
        c.code(),
        c.name(),
        c.billingMode().name(),
        c.creditLimit().toPlainString(),
        c.currency() == null ? null : c.currency().code(),
        c.selfSignup(),
        all.stream().filter(g -> g.categoryId().equals(c.id())).map(GroupJson::of).toList());
  }
}
