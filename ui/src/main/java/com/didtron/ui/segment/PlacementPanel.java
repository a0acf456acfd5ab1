package com.didtron.ui.segment;

import com.didtron.activities.account.AccountFilter;
import com.didtron.activities.account.AccountService;
import com.didtron.activities.segment.SegmentChange;
import com.didtron.activities.segment.SegmentService;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Puts a customer account into the category selected in the grid, optionally into one group. */
class PlacementPanel extends Div {
  private final transient SegmentService segments;
  private final transient AccountService accounts;
  private final transient Supplier<CustomerCategory> selected;
  final ComboBox<Account> account = new ComboBox<>("Customer");
  final ComboBox<CustomerGroup> group = new ComboBox<>("Group (optional)");
  final Button place = new Button("Put into selected category");

  PlacementPanel(
      SegmentService segments, AccountService accounts, Supplier<CustomerCategory> selected) {
    this.segments = segments;
    this.accounts = accounts;
    this.selected = selected;
    account.setItemLabelGenerator(Account::name);
    group.setItemLabelGenerator(g -> g.code() + " · " + g.name());
    group.setClearButtonVisible(true);
    place.addClickListener(e -> place());
    Div row = new Div(account, group, place);
    row.addClassName("dt-toolbar");
    add(new H3("Place an account"), row);
  }

  /** Reloads the customers and the groups of the selected category. */
  void load() {
    account.setItems(
        accounts
            .find(
                UiActor.current(),
                new AccountFilter(null, AccountKind.CUSTOMER, false),
                PageRequest.first(PageRequest.MAX_LIMIT))
            .rows());
    CustomerCategory category = selected.get();
    group.setItems(
        segments.groups(UiActor.current()).stream()
            .filter(g -> category != null && g.categoryId().equals(category.id()))
            .toList());
  }

  void place() {
    CustomerCategory category = selected.get();
    if (category == null || account.getValue() == null) {
      Toasts.error("Select a category in the list and a customer");
      return;
    }
    var change =
        segments.assign(
            UiActor.current(),
            account.getValue().id(),
            category.id(),
            group.getValue() == null ? null : group.getValue().id());
    switch (change) {
      case SegmentChange.Saved<?> s ->
          Toasts.success(account.getValue().name() + " is now in " + category.name());
      case SegmentChange.Rejected<?> r ->
          Toasts.error(
              r.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
    }
  }
}
