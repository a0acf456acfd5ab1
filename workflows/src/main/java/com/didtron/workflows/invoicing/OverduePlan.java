package com.didtron.workflows.invoicing;

/**
 * @param overdueAtEpochMillis the end of the due date in the account's billing time zone
 * @param block whether an unpaid overdue invoice blocks the account
 * @param blockAfterMillis how long after the reminder the block comes
 * @param recheckMillis how often a blocked invoice is checked for payment
 */
public record OverduePlan(
    long overdueAtEpochMillis, boolean block, long blockAfterMillis, long recheckMillis) {}
