package com.didtron.ui.base;

import com.didtron.activities.product.ProductAccess;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.product.Product;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The portal side of product visibility: pages marked {@link ForProduct} are refused (the "not
 * available" page) and left out of the menu for a customer whose account may not see the product.
 * The one rule is {@link ProductAccess}.
 */
@Component
public class ProductGate implements VaadinServiceInitListener {
  private final transient ProductAccess access;

  ProductGate(ProductAccess access) {
    this.access = access;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
  }

  private void beforeEnter(BeforeEnterEvent event) {
    ForProduct product = event.getNavigationTarget().getAnnotation(ForProduct.class);
    if (product == null) {
      return;
    }
    if (!access.canSee(UiActor.current(), product.value())) {
      String why = product.value().label() + " is not offered to your account";
      event.rerouteToError(new AccessDenied(why), why);
    }
  }

  /** Whether this actor sees a product: staff always; a customer as its account (cached here). */
  static Predicate<Product> seenBy(Actor actor) {
    if (actor.isStaff()) {
      return p -> true;
    }
    VaadinService service = VaadinService.getCurrent();
    if (service == null) {
      return p -> false;
    }
    ProductAccess access = service.getInstantiator().getOrCreate(ProductAccess.class);
    Map<Product, Boolean> seen = new EnumMap<>(Product.class);
    return p -> seen.computeIfAbsent(p, q -> access.canSee(actor, q));
  }

  /** A view without {@link ForProduct} belongs to no product and is always allowed. */
  static boolean allows(Class<?> view, Predicate<Product> sees) {
    ForProduct product = view.getAnnotation(ForProduct.class);
    return product == null || sees.test(product.value());
  }
}
