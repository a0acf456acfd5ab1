package com.didtron.workflows.kyc;

/** Who decided a case and why (the reason is required on rejection). */
public record KycDecision(String decidedBy, String reason) {}
