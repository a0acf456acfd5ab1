/**
 * Calls in progress on the Class 4 switch, as staff and customers may see them, and hanging one up.
 * Entered through {@link com.didtron.activities.livecalls.LiveCalls}; owns no table: it reads the
 * switch ({@code switchsync}'s {@code SwitchTarget}), names accounts through the account feature
 * and trunks through the trunk feature, and audits each hang-up.
 */
package com.didtron.activities.livecalls;
