package com.didtron.ui.base;

import com.didtron.domain.product.Product;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a customer-facing page or REST controller as part of a product: a customer whose account
 * may not see the product (ProductAccess, docs/onboarding.md) finds no menu entry, is refused the
 * page and gets 403 from the API. Staff are never affected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForProduct {
  Product value();
}
