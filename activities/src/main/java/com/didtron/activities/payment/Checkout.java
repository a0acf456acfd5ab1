package com.didtron.activities.payment;

/** A checkout opened at the provider: its reference and where to send the payer. */
public record Checkout(String providerRef, String url) {}
