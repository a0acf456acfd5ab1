package com.didtron.activities.switchsync;

/** The switch's card id and the revision that a push created and activated. */
public record RateCardRevision(String cardId, String revision) {}
