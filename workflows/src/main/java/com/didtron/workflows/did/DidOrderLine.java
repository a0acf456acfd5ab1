package com.didtron.workflows.did;

import java.util.UUID;

/**
 * One number of an order as the saga sees it.
 *
 * @param provider the code of the provider the number comes from ({@code manual}, {@code didww})
 */
public record DidOrderLine(UUID itemId, UUID didId, String number, String provider) {}
