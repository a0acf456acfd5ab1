package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/** The switch's card id and the revision that a push created and activated. */
@Facade
public record RateCardRevision(String cardId, String revision) {}
