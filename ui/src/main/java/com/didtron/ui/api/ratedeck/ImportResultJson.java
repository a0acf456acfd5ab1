package com.didtron.ui.api.ratedeck;

import com.didtron.rating.deck.LineError;
import java.util.List;

/**
 * What a deck upload did: the draft version (null when the file was refused), the first invalid
 * rows by line, and, when activation was asked for, whether it happened and why not.
 */
public record ImportResultJson(
    RateCardVersionJson version,
    String refusal,
    List<LineError> errors,
    Boolean activated,
    String activationRefusal) {}
