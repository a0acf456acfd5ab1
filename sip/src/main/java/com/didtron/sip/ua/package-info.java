/**
 * The SIP test user agent over JAIN-SIP: {@link com.didtron.sip.ua.SipUserAgent} places OPTIONS
 * pings and test calls (INVITE, digest authentication, CANCEL after the ring timeout, ACK, hold,
 * BYE) and measures PDD, setup time, the final code and the talk time.
 */
package com.didtron.sip.ua;
