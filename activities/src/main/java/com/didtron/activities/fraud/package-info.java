/**
 * Fraud detection on the live CDRs (issue 11, point 7): a scan every minute measures each active
 * account's recent calls (short calls, calls-per-minute spikes, per-side daily spend against the
 * daily cap), judges them with the {@code fraud-thresholds.dmn} table and opens one event per
 * account and metric with its action: alert staff, block new calls, or suspend the account. Entered
 * through {@link com.didtron.activities.fraud.FraudEvents}; owns the {@code fraud_event} table;
 * reads CDRs through the CDR feature's {@code AccountTraffic} and blocks or suspends through the
 * trunk feature. See docs/fraud.md.
 */
package com.didtron.activities.fraud;
