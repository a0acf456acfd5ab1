package com.didtron.ui.api.base;

import com.didtron.activities.product.ProductAccess;
import com.didtron.ui.base.ForProduct;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API side of product visibility: a controller marked {@link ForProduct} answers 403 (problem
 * details, via {@link ApiErrors}) to a customer whose account may not see the product; the same
 * {@link ProductAccess} rule hides the portal pages.
 */
@Configuration
public class ProductApiGate implements WebMvcConfigurer, HandlerInterceptor {
  private final ProductAccess access;

  ProductApiGate(ProductAccess access) {
    this.access = access;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
    if (handler instanceof HandlerMethod method) {
      ForProduct product = method.getBeanType().getAnnotation(ForProduct.class);
      if (product != null) {
        access.require(ApiActor.current(), product.value());
      }
    }
    return true;
  }
}
