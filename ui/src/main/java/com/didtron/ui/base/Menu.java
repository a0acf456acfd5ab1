package com.didtron.ui.base;

import com.didtron.domain.access.Actor;
import com.didtron.domain.product.Product;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The portal's modules (the icon rail) and their pages (the second sidebar), gathered from the
 * views that carry {@link MenuPage} among the registered routes: a new page registers itself. A
 * page is listed only to users whose roles its view allows: the view's own {@code @RolesAllowed}
 * (or {@code @PermitAll}) is the one source; a page marked {@link ForProduct} only to customers
 * whose account may see that product.
 */
public final class Menu {
  /** A page in a module's sidebar. */
  public record Item(String label, VaadinIcon icon, Class<? extends Component> view) {}

  /** A top-level module in the rail. */
  public record Module(String label, VaadinIcon icon, List<Item> items) {}

  private Menu() {}

  /** The modules with at least one page this actor may open, each with only those pages. */
  public static List<Module> visibleTo(Actor actor) {
    return of(routedViews(), actor, ProductGate.seenBy(actor));
  }

  /** The module a view belongs to, looking through detail views to their list page. */
  public static Optional<Module> moduleOf(Class<?> view, Actor actor) {
    return visibleTo(actor).stream()
        .filter(m -> m.items().stream().anyMatch(i -> i.view().equals(view)))
        .findFirst();
  }

  /** The menu these views make for this actor: modules in rail order, pages by their order. */
  static List<Module> of(Collection<Class<? extends Component>> views, Actor actor) {
    return of(views, actor, p -> true);
  }

  /** As {@link #of(Collection, Actor)}, leaving out pages of products the actor may not see. */
  static List<Module> of(
      Collection<Class<? extends Component>> views, Actor actor, Predicate<Product> sees) {
    Map<MenuModule, List<Class<? extends Component>>> byModule =
        views.stream()
            .filter(v -> v.isAnnotationPresent(MenuPage.class))
            .filter(v -> allows(v, actor))
            .filter(v -> ProductGate.allows(v, sees))
            .distinct()
            .collect(Collectors.groupingBy(v -> v.getAnnotation(MenuPage.class).module()));
    return Arrays.stream(MenuModule.values())
        .filter(byModule::containsKey)
        .map(m -> new Module(m.label(), m.icon(), items(byModule.get(m))))
        .toList();
  }

  private static List<Item> items(List<Class<? extends Component>> views) {
    return views.stream()
        .sorted(
            Comparator.comparingInt(
                    (Class<? extends Component> v) -> v.getAnnotation(MenuPage.class).order())
                .thenComparing(v -> v.getAnnotation(MenuPage.class).title()))
        .map(
            v -> {
              MenuPage page = v.getAnnotation(MenuPage.class);
              return new Item(page.title(), page.icon(), v);
            })
        .toList();
  }

  private static List<Class<? extends Component>> routedViews() {
    return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
        .<Class<? extends Component>>map(RouteData::getNavigationTarget)
        .toList();
  }

  static boolean allows(Class<?> view, Actor actor) {
    RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      return view.isAnnotationPresent(PermitAll.class);
    }
    return Arrays.stream(roles.value())
        .anyMatch(r -> actor.roles().stream().anyMatch(a -> a.name().equals(r)));
  }
}
