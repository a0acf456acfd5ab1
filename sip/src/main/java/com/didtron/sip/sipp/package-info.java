/**
 * SIPp as a far end for tests and benchmarks, running the UAS scenarios bundled under {@code
 * /sipp/}.
 */
package com.didtron.sip.sipp;
