package com.didtron.ui.api.trunk;

import com.didtron.domain.trunk.CallBlock;
import java.util.Optional;

/** Whether an account's new calls are blocked, why and since when. */
public record CallBlockJson(boolean blocked, String reason, String since) {
  static CallBlockJson of(Optional<CallBlock> block) {
    return block
        .map(b -> new CallBlockJson(true, b.reason(), b.blockedAt().toString()))
        .orElse(new CallBlockJson(false, null, null));
  }
}
