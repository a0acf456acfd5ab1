package com.didtron.ui.base;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a routed view into the portal menu: its {@link #module()} in the icon rail, the page itself
 * in that module's sidebar. Nothing else lists pages; {@link Menu} finds annotated views in the
 * Vaadin route registry. Who sees the entry is decided by the view's {@code @RolesAllowed} or
 * {@code @PermitAll}, as for opening it.
 *
 * <p>Vaadin's own {@code com.vaadin.flow.router.Menu} has no notion of a module (it yields one flat
 * list), so the two-level shell uses this annotation instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuPage {
  /** The rail module the page sits in. */
  MenuModule module();

  /** The label in the module's sidebar. */
  String title();

  /** Position within the module, ascending; ties keep title order. */
  int order();

  VaadinIcon icon();
}
