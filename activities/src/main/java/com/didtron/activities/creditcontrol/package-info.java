/**
 * Real-time credit control: the switch asks {@link
 * com.didtron.activities.creditcontrol.CreditControl} on every new call (over a loopback HTTP
 * listener, {@link com.didtron.activities.creditcontrol.AuthoriseServer}) whether the account may
 * call and for how long. Decided in memory ({@link com.didtron.rating.credit.AccountBook}), kept
 * current by events after commit (balance changes, account and limits changes, rate deck
 * activation). See docs/switching.md "Credit control".
 */
package com.didtron.activities.creditcontrol;
