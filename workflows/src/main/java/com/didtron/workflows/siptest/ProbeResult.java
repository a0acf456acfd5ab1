package com.didtron.workflows.siptest;

/**
 * What one probe found.
 *
 * @param optionsStatus OK, FAILED or TIMEOUT
 * @param callResult the test call's result, or null when the carrier has no probe number
 */
public record ProbeResult(String optionsStatus, String callResult) {}
