package com.didtron.activities.cdr;

import java.util.List;

/**
 * A page of CDRs read by key (newest first) and the cursors of its neighbours.
 *
 * @param rows the CDRs of the page, newest first
 * @param next the cursor of the page of older CDRs (pass as {@code after}); null on the last page
 * @param previous the cursor of the page of newer CDRs (pass as {@code before}); null on the first
 */
public record CdrSlice(List<CdrView> rows, CdrCursor next, CdrCursor previous) {}
