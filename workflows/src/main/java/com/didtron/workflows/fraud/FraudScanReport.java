package com.didtron.workflows.fraud;

/**
 * What one fraud scan did.
 *
 * @param accounts active accounts with calls in the last 24 hours that were measured
 * @param events fraud events opened or escalated (each with its action taken)
 */
public record FraudScanReport(int accounts, int events) {}
