package com.didtron.activities.switchsync;

/**
 * A CDR row from the switch that cannot be read; kept with its reason, never dropped.
 *
 * @param raw the row as the switch sent it
 * @param reason what is wrong with it
 */
public record MalformedCdr(String raw, String reason) {}
