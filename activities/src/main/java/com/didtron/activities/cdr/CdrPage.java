package com.didtron.activities.cdr;

import com.didtron.domain.page.Page;

/**
 * A page of CDRs and how many match: counted exactly up to {@link
 * CdrQueryService#EXACT_COUNT_LIMIT}, beyond that the planner's estimate ({@code estimated} true),
 * so paging stays fast on millions.
 */
public record CdrPage(Page<CdrView> page, boolean estimated) {}
