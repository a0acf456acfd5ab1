package com.didtron.ui.segment;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.product.ProductVisibilityService;
import com.didtron.activities.segment.SegmentChange;
import com.didtron.activities.segment.SegmentService;
import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.segment.CategoryDraft;
import com.didtron.domain.segment.CustomerCategory;
import com.didtron.domain.segment.CustomerGroup;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.Toasts;
import com.didtron.ui.base.UiActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Customer categories of the tenant with their billing defaults and groups; admins add, delete and
 * add groups here. Which products each category sees is set on the same page ({@link
 * VisibilityPanel}).
 */
@Route(value = "customer-categories", layout = MainLayout.class)
@MenuPage(module = MenuModule.ACCOUNTS, title = "Categories", order = 30, icon = VaadinIcon.TAGS)
@PageTitle("Customer categories · DIDTron")
@RolesAllowed({"SUPER_ADMIN", "TENANT_ADMIN"})
public class CustomerCategoriesView extends Div implements HasPageHeader {
  private final transient SegmentService segments;
  final Grid<CustomerCategory> grid = new Grid<>();
  final TextField code = new TextField("Code");
  final TextField name = new TextField("Name");
  final ComboBox<BillingMode> billing = new ComboBox<>("Billing", BillingMode.values());
  final BigDecimalField credit = new BigDecimalField("Credit limit");
  final TextField currency = new TextField("Currency (blank: the brand's)");
  final Checkbox selfSignup = new Checkbox("Offered on the sign-up page", true);
  final Button create = new Button("Add category");
  final TextField groupCode = new TextField("Group code");
  final TextField groupName = new TextField("Group name");
  final Button addGroup = new Button("Add group to selected");
  final Button delete = new Button("Delete selected");
  private List<CustomerGroup> groups = List.of();

  public CustomerCategoriesView(
      SegmentService segments, ProductVisibilityService products, AccountService accounts) {
    this.segments = segments;
    VisibilityPanel visibility = new VisibilityPanel(products, segments);
    PlacementPanel placement =
        new PlacementPanel(segments, accounts, () -> grid.asSingleSelect().getValue());
    grid.asSingleSelect().addValueChangeListener(e -> placement.load());
    configureGrid();
    create.addClickListener(e -> create());
    addGroup.addClickListener(e -> addGroup());
    delete.addClickListener(e -> delete());
    Div form = new Div(code, name, billing, credit, currency, selfSignup, create);
    form.addClassName("dt-toolbar");
    Div groupForm = new Div(groupCode, groupName, addGroup, delete);
    groupForm.addClassName("dt-toolbar");
    add(grid, new H3("New category"), form, new H3("Groups"), groupForm, placement, visibility);
    refresh();
    visibility.load();
    placement.load();
  }

  private void configureGrid() {
    grid.addColumn(CustomerCategory::code).setHeader("Code");
    grid.addColumn(CustomerCategory::name).setHeader("Name").setFlexGrow(2);
    grid.addColumn(c -> c.billingMode().name()).setHeader("Billing");
    grid.addColumn(c -> c.creditLimit().toPlainString()).setHeader("Credit limit");
    grid.addColumn(c -> c.currency() == null ? "brand's" : c.currency().code())
        .setHeader("Currency");
    grid.addColumn(c -> c.selfSignup() ? "yes" : "no").setHeader("Sign-up");
    grid.addColumn(this::groupsOf).setHeader("Groups").setFlexGrow(3);
  }

  void refresh() {
    groups = segments.groups(UiActor.current());
    grid.setItems(segments.categories(UiActor.current()));
  }

  private String groupsOf(CustomerCategory c) {
    return groups.stream()
        .filter(g -> g.categoryId().equals(c.id()))
        .map(CustomerGroup::code)
        .collect(Collectors.joining(", "));
  }

  void create() {
    var draft =
        new CategoryDraft(
            code.getValue(),
            name.getValue(),
            billing.getValue(),
            credit.getValue(),
            currency.getValue(),
            selfSignup.getValue());
    done(segments.createCategory(UiActor.current(), draft), "Category added");
  }

  void addGroup() {
    CustomerCategory selected = grid.asSingleSelect().getValue();
    if (selected == null) {
      Toasts.error("Select a category first");
      return;
    }
    done(
        segments.createGroup(
            UiActor.current(), selected.id(), groupCode.getValue(), groupName.getValue()),
        "Group added");
  }

  void delete() {
    CustomerCategory selected = grid.asSingleSelect().getValue();
    if (selected == null) {
      Toasts.error("Select a category first");
      return;
    }
    done(segments.deleteCategory(UiActor.current(), selected.id()), "Category deleted");
  }

  private void done(SegmentChange<?> change, String success) {
    switch (change) {
      case SegmentChange.Saved<?> s -> {
        Toasts.success(success);
        refresh();
      }
      case SegmentChange.Rejected<?> r ->
          Toasts.error(
              r.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
    }
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Customer categories", "Accounts");
  }
}
