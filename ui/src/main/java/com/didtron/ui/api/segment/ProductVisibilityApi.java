package com.didtron.ui.api.segment;

import com.didtron.activities.product.ProductVisibilityService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import com.didtron.ui.api.base.ApiActor;
import com.didtron.ui.api.base.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who sees a product in the caller's tenant: no rule means everyone; otherwise all, categories,
 * groups or named accounts. Staff read; admins replace a product's rules at once.
 */
@RestController
@Tag(name = "Product visibility", description = "Which customers see which product")
public class ProductVisibilityApi {
  private final ProductVisibilityService visibility;

  public ProductVisibilityApi(ProductVisibilityService visibility) {
    this.visibility = visibility;
  }

  /** One rule: {@code target} the category, group or account id; none for ALL. */
  public record RuleJson(VisibilityScope scope, UUID target) {}

  @GetMapping("/api/products/{product}/visibility")
  @Operation(summary = "A product's visibility rules (empty: every customer sees it)")
  public List<RuleJson> rules(@PathVariable Product product) {
    return visibility.rules(ApiActor.current(), product).stream()
        .map(r -> new RuleJson(r.scope(), r.target()))
        .toList();
  }

  @PutMapping("/api/products/{product}/visibility")
  @Operation(summary = "Replace a product's visibility rules (admins)")
  public List<RuleJson> replace(@PathVariable Product product, @RequestBody List<RuleJson> body) {
    if (body.stream().anyMatch(r -> r == null || r.scope() == null)) {
      throw new ApiErrors.Invalid(
          List.of(
              new FieldError(
                  "scope", "Every rule needs a scope: ALL, CATEGORY, GROUP or ACCOUNT")));
    }
    List<VisibilityRule> rules =
        body.stream().map(r -> new VisibilityRule(product, r.scope(), r.target())).toList();
    List<FieldError> errors = visibility.replace(ApiActor.current(), product, rules);
    if (!errors.isEmpty()) {
      throw new ApiErrors.Invalid(errors);
    }
    return rules(product);
  }
}
