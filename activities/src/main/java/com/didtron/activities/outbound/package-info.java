/**
 * The outbound-address guard: hosts staff enter for the platform to call (webhooks, SIP targets)
 * must be public unless allow-listed ({@code didtron.outbound.allow}).
 */
package com.didtron.activities.outbound;
