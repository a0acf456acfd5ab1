/**
 * The SIP tester's hot path: a JAIN-SIP user agent for OPTIONS pings and test calls with quality
 * measurements (PDD, setup time, RTP loss and jitter, MOS). No Spring; campaigns that use it are
 * Temporal workflows in the {@code workflows} module.
 */
package com.didtron.sip;
