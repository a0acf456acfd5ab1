/**
 * CDRs pulled from the switches into the CDR pipeline: the local Kamailio's {@code
 * kamailio.acc_cdrs} (cursor on the row id, late rows through the ids it skipped) and a hosted
 * switch's {@code pullCdrs} (its {@code CdrCursor}), both as source-named pulls run by a durable
 * workflow per source ({@code SwitchCdrPullWorkflow}). Entered through {@link
 * com.didtron.activities.switchcdr.SwitchCdrPulls}; owns {@code switch_cdr_cursor}, {@code
 * switch_cdr_gap} and {@code switch_cdr_reject}. See docs/switching.md, "CDR pull".
 */
package com.didtron.activities.switchcdr;
