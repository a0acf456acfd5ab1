package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/**
 * A call in progress on the switch: {@code id} identifies it for {@link SwitchTarget#hangUp},
 * {@code account} is DIDTron's account id (as the switch recorded it), {@code state} the switch's
 * dialog state (Kamailio: 1 unconfirmed, 2 early, 3 confirmed without ACK, 4 confirmed, 5 deleted),
 * {@code startEpochSeconds} when it was answered (0 before).
 */
@Facade
public record ActiveCall(
    String id,
    String callId,
    String fromUri,
    String toUri,
    String account,
    String gateway,
    int state,
    long startEpochSeconds) {}
