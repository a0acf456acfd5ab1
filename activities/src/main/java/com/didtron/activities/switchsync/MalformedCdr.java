package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/**
 * A CDR row from the switch that cannot be read; kept with its reason, never dropped.
 *
 * @param raw the row as the switch sent it
 * @param reason what is wrong with it
 */
@Facade
public record MalformedCdr(String raw, String reason) {}
