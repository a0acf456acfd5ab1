/**
 * The seam to the Class 4 switch's enforcement copy of balances: {@link
 * com.didtron.activities.switchsync.SwitchBalanceSync}. The switch lifecycle feature implements it;
 * until then {@link com.didtron.activities.switchsync.LoggingSwitchBalanceSync} logs each change.
 */
package com.didtron.activities.switchsync;
