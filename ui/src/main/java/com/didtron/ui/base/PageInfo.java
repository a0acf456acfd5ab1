package com.didtron.ui.base;

import java.util.List;

/**
 * What the page header shows for a view: its title and the breadcrumb trail above it (the title
 * itself is the last crumb and is not repeated).
 */
public record PageInfo(String title, List<String> breadcrumbs) {
  public PageInfo {
    breadcrumbs = List.copyOf(breadcrumbs);
  }

  public static PageInfo of(String title, String... breadcrumbs) {
    return new PageInfo(title, List.of(breadcrumbs));
  }
}
