/**
 * Media of a test call: SDP offer/answer, PCMU test tone over RTP, and receiving the far end's RTP.
 */
package com.didtron.sip.rtp;
