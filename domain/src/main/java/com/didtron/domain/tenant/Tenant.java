package com.didtron.domain.tenant;

import com.didtron.domain.money.CurrencyCode;

/** A white-label brand: its own customers, carriers, users and base currency for routing. */
public record Tenant(TenantId id, String code, String name, CurrencyCode baseCurrency) {}
