package com.didtron.rating.lcr;

import com.didtron.domain.money.CurrencyCode;
import java.math.BigDecimal;

/**
 * One carrier's price for a number.
 *
 * @param carrier the carrier
 * @param prefix the matched (longest effective) prefix
 * @param destination the matched entry's destination name
 * @param rate rate per minute in the deck's currency
 * @param currency the deck's currency
 * @param baseRate rate per minute in the base currency, exact ({@code rate * rateToBase})
 * @param connectFee connect fee in the deck's currency
 * @param initialIncrement initial increment in seconds
 * @param subsequentIncrement subsequent increment in seconds
 */
public record CarrierQuote(
    String carrier,
    String prefix,
    String destination,
    BigDecimal rate,
    CurrencyCode currency,
    BigDecimal baseRate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement) {}
