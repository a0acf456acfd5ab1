/**
 * Trunks (interconnects) of customers and carriers, account limits and suspension: what the Class 4
 * switch is told about an account. Entered through {@link com.didtron.activities.trunk.Trunks};
 * owns the {@code trunk} and {@code account_limits} tables and reads accounts only through the
 * account feature's service. Every change is also written to the switch outbox ({@code
 * switch_change}).
 */
package com.didtron.activities.trunk;
