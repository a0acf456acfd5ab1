/**
 * The ConnexCS implementation of {@link com.didtron.activities.switchsync.HostedSwitch}: its
 * control-panel REST API ({@code didtron.connexcs.base-url}) with JWT refresh and access tokens.
 * Active only when {@code didtron.connexcs.username} is set; see docs/switching.md.
 */
package com.didtron.activities.switchsync.connexcs;
