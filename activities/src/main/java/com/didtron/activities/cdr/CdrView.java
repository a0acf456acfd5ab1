package com.didtron.activities.cdr;

import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored CDR as one audience may see it (see {@link CdrAudience}). The query service selects
 * only the columns of the audience, so a view never holds the other side's data; switch over the
 * permitted records to show it.
 */
public sealed interface CdrView permits StaffCdrView, CustomerCdrView, CarrierCdrView {
  String source();

  String callId();

  String caller();

  String callee();

  Instant startTime();

  BigDecimal duration();

  RatingStatus status();

  String reason();
}
