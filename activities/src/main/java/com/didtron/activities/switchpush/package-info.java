/**
 * The switch sync: a durable workflow per target ({@code switch-sync-kamailio}, {@code
 * switch-sync-connexcs}) pushes the objects that {@link
 * com.didtron.activities.switchsync.SwitchChanges} recorded as pending, in change order, to the
 * switch ({@code KamailioPusher}, {@code HostedSwitchPusher}); {@link
 * com.didtron.activities.switchpush.SwitchSyncService} shows where each object stands, retries a
 * failed one and records a full resync. See docs/switching.md, "Switch sync".
 */
package com.didtron.activities.switchpush;
