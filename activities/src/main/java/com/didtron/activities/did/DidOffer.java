package com.didtron.activities.did;

import com.didtron.activities.Facade;
import com.didtron.domain.did.NumberType;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A number as a customer sees it in the search: where it is and what it costs the customer. It has
 * no field for the supplier or its cost, so neither can reach a customer by mistake.
 *
 * @param number E.164 digits without the plus
 * @param monthlyPrice the sell price per month, in {@code currency}
 */
@Facade
public record DidOffer(
    UUID id,
    String number,
    String country,
    String area,
    NumberType type,
    int channels,
    BigDecimal monthlyPrice,
    BigDecimal setupPrice,
    BigDecimal inboundPerMinute,
    String currency) {}
