package com.didtron.activities.did;

import com.didtron.activities.Facade;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the switch must know of a number: where its calls go and whether it takes them. {@code live}
 * is false when the number is no longer ACTIVE (released, quarantined, deleted): the switch forgets
 * it and calls to it get 404.
 *
 * @param inboundPerMinute the sell price of an inbound minute (the DID price list, in force now),
 *     or null when no price covers the number
 */
@Facade
public record DidInService(
    UUID id,
    UUID tenantId,
    UUID accountId,
    String number,
    boolean live,
    String destinationUri,
    String failoverUri,
    int ringTimeoutSeconds,
    boolean suspended,
    BigDecimal inboundPerMinute,
    String currency) {}
