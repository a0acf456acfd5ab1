package com.didtron.workflows.siptest;

import java.util.UUID;

/** An alert that was raised or cleared, to be notified. {@code event} is RAISED or CLEARED. */
public record AlertChange(UUID alertId, String event) {}
