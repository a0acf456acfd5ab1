package com.didtron.workflows.fx;

/**
 * What a fetch did.
 *
 * @param currencies how many rates were stored (0 when skipped)
 * @param skippedBecause why nothing was fetched (e.g. no app id configured), or null
 */
public record FxFetchResult(String day, int currencies, String skippedBecause) {}
