package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a tenant charges for a number: per country and type, optionally for one area ({@code ""} for
 * every area). Prices are never changed; a new price is a new row from its {@code effectiveFrom}.
 */
@Facade
public record DidPrice(
    UUID id,
    String country,
    NumberType type,
    String area,
    BigDecimal monthlyPrice,
    BigDecimal setupPrice,
    BigDecimal inboundPerMinute,
    String currency,
    Instant effectiveFrom,
    String createdBy) {}
