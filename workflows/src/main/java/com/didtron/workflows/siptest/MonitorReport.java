package com.didtron.workflows.siptest;

/** What one monitoring round did. */
public record MonitorReport(
    int carriers, int optionsFailed, int raised, int cleared, int notificationsFailed) {}
