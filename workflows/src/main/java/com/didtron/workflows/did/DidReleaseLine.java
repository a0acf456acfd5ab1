package com.didtron.workflows.did;

import java.util.UUID;

/**
 * The number a release took out of service.
 *
 * @param didId inventory id
 * @param number E.164 digits
 * @param provider where it came from ({@code manual}: our own stock, nothing to give back)
 * @param released false when the number was not in service (nothing was done)
 */
public record DidReleaseLine(UUID didId, String number, String provider, boolean released) {}
