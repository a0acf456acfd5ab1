package com.didtron.ui.base;

import com.vaadin.flow.component.Component;
import java.util.List;

/** Implemented by every view: the shell renders its page header from this. */
public interface HasPageHeader {
  PageInfo pageInfo();

  /** Buttons shown at the right of the page header (e.g. "New account"). */
  default List<Component> headerActions() {
    return List.of();
  }

  /** For a detail page: the list page it belongs to, so the sidebars highlight that one. */
  default Class<? extends Component> navParent() {
    return null;
  }
}
