/**
 * The SIP tester in the platform: carrier SIP targets, test campaigns (their Temporal activities,
 * stored calls, carrier comparison, chart series), carrier monitoring, alerts and their delivery,
 * and the carrier health LCR reads.
 */
package com.didtron.activities.siptest;
