package com.didtron.ui.api.trunk;

/** Why an account is suspended or resumed; kept in the audit log. */
public record ReasonRequest(String reason) {}
