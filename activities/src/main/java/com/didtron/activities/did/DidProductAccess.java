package com.didtron.activities.did;

import com.didtron.activities.product.ProductAccess;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.product.Product;
import com.didtron.domain.user.Role;
import org.springframework.stereotype.Component;

/**
 * Who may search numbers: staff, and customer users whose account may see the product "DIDs"
 * (product visibility, docs/onboarding.md).
 */
@Component
class DidProductAccess {
  private final ProductAccess products;

  DidProductAccess(ProductAccess products) {
    this.products = products;
  }

  void requireSearch(Actor actor) {
    if (actor.isStaff()) {
      return;
    }
    if (!actor.has(Role.CUSTOMER)) {
      throw new AccessDenied("Numbers are sold to customers only");
    }
    products.require(actor, Product.DIDS);
  }
}
