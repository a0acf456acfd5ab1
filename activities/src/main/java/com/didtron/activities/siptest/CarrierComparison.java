package com.didtron.activities.siptest;

import com.didtron.sip.quality.Kpis;
import java.util.UUID;

/**
 * One row of the side-by-side comparison: a carrier's KPIs for one destination, or for all
 * (destination null).
 */
public record CarrierComparison(
    UUID carrierId, String carrierName, String destination, Kpis kpis) {}
