/**
 * The seams to the Class 4 switch. {@link com.didtron.activities.switchsync.SwitchBalanceSync} and
 * {@link com.didtron.activities.switchsync.SwitchAccountStatus} receive committed changes (logged
 * by default); {@link com.didtron.activities.switchsync.HostedSwitch} is what DIDTron pushes to and
 * pulls from a hosted switch, implemented for ConnexCS in {@code switchsync.connexcs}.
 */
package com.didtron.activities.switchsync;
