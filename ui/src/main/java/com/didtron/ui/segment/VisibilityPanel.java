package com.didtron.ui.segment;

import com.didtron.activities.product.ProductVisibilityService;
import com.didtron.activities.segment.SegmentService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.product.Product;
import com.didtron.domain.product.VisibilityRule;
import com.didtron.domain.product.VisibilityScope;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which categories see a product (rules for groups and named customers: the API). Nothing chosen
 * and "all" unticked stores no rule, which shows the product to everyone.
 */
public class VisibilityPanel extends Div {
  private final transient ProductVisibilityService visibility;
  private final transient SegmentService segments;
  final ComboBox<Product> product = new ComboBox<>("Product", Product.values());
  final Checkbox all = new Checkbox("All customers");
  final MultiSelectComboBox<CustomerCategory> categories =
      new MultiSelectComboBox<>("Categories that see it");
  final Paragraph others = new Paragraph();
  final Button save = new Button("Save visibility");

  VisibilityPanel(ProductVisibilityService visibility, SegmentService segments) {
    this.visibility = visibility;
    this.segments = segments;
    product.setItemLabelGenerator(Product::label);
    categories.setItemLabelGenerator(CustomerCategory::name);
    product.addValueChangeListener(e -> load());
    save.addClickListener(e -> save());
    Div row = new Div(product, all, categories, save);
    row.addClassName("dt-toolbar");
    add(new H3("Product visibility"), row, others);
  }

  void load() {
    List<CustomerCategory> known = segments.categories(UiActor.current());
    categories.setItems(known);
    if (product.getValue() == null) {
      return;
    }
    List<VisibilityRule> rules = visibility.rules(UiActor.current(), product.getValue());
    all.setValue(rules.stream().anyMatch(r -> r.scope() == VisibilityScope.ALL));
    Set<java.util.UUID> chosen =
        rules.stream()
            .filter(r -> r.scope() == VisibilityScope.CATEGORY)
            .map(VisibilityRule::target)
            .collect(Collectors.toSet());
    categories.setValue(
        known.stream().filter(c -> chosen.contains(c.id().value())).collect(Collectors.toSet()));
    long narrower =
        rules.stream()
            .filter(r -> r.scope() == VisibilityScope.GROUP || r.scope() == VisibilityScope.ACCOUNT)
            .count();
    others.setText(
        rules.isEmpty()
            ? "No rule: every customer sees it."
            : narrower + " rule(s) for groups or named customers (kept when you save).");
  }

  void save() {
    Product p = product.getValue();
    if (p == null) {
      Toasts.error("Choose a product");
      return;
    }
    List<VisibilityRule> next = new ArrayList<>();
    visibility.rules(UiActor.current(), p).stream()
        .filter(r -> r.scope() == VisibilityScope.GROUP || r.scope() == VisibilityScope.ACCOUNT)
        .forEach(next::add);
    if (all.getValue()) {
      next.add(new VisibilityRule(p, VisibilityScope.ALL, null));
    }
    categories
        .getValue()
        .forEach(c -> next.add(new VisibilityRule(p, VisibilityScope.CATEGORY, c.id().value())));
    List<FieldError> errors = visibility.replace(UiActor.current(), p, next);
    if (errors.isEmpty()) {
      Toasts.success(p.label() + ": visibility saved");
      load();
    } else {
      Toasts.error(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
    }
  }
}
