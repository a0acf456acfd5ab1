package com.didtron.activities.cdr;

import com.didtron.domain.page.Page;

/**
 * A page of CDRs and how many match: counted up to the count cap ({@link
 * CdrQueryService#countCap()}); when more match, the total is the cap and {@code capped} is true
 * ("10,000+"), so the first page stays fast on millions.
 */
public record CdrPage(Page<CdrView> page, boolean capped) {}
