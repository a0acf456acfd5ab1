package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;
import java.util.Objects;

/**
 * A carrier's termination address as the switch sees it: {@code key} is DIDTron's id of it (e.g.
 * the egress trunk id, at most 64 characters), {@code address} is {@code host:port}, {@code strip}
 * digits are removed from the dialled number and {@code prefix} (tech prefix, may be empty) is put
 * in front.
 */
@Facade
public record CarrierGateway(
    String key, String address, int strip, String prefix, String description) {
  public CarrierGateway {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(address, "address");
    if (key.isBlank() || key.length() > 64 || key.contains(",")) {
      throw new IllegalArgumentException("gateway key must be 1..64 characters without commas");
    }
    if (!address.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9a-fA-F:]+\\](:\\d{1,5})?")) {
      throw new IllegalArgumentException("gateway address must be host[:port], not " + address);
    }
    if (strip < 0) {
      throw new IllegalArgumentException("strip must not be negative");
    }
    prefix = prefix == null ? "" : prefix;
    if (!prefix.matches("[0-9#*+]{0,64}")) {
      throw new IllegalArgumentException("tech prefix may hold only digits, #, * and +");
    }
    description =
        description == null
            ? ""
            : description.length() > 128 ? description.substring(0, 128) : description;
  }
}
