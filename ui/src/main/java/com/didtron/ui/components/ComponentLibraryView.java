package com.didtron.ui.components;

import com.didtron.domain.page.Page;
import com.didtron.ui.base.ActionDock;
import com.didtron.ui.base.Card;
import com.didtron.ui.base.HasPageHeader;
import com.didtron.ui.base.MainLayout;
import com.didtron.ui.base.MenuModule;
import com.didtron.ui.base.MenuPage;
import com.didtron.ui.base.PageHeader;
import com.didtron.ui.base.PageInfo;
import com.didtron.ui.base.PagedGrid;
import com.didtron.ui.base.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The live reference of DIDTron's shared components and their variants. Build new pages from what
 * is shown here: page header, content tabs, toolbar, paged grid with its footer, cards, form fields
 * with errors, buttons, toasts and the action dock.
 */
@Route(value = "components", layout = MainLayout.class)
@MenuPage(
    module = MenuModule.ADMINISTRATION,
    title = "Component library",
    order = 60,
    icon = VaadinIcon.PALETTE)
@PageTitle("Component library · DIDTron")
@RolesAllowed("SUPER_ADMIN")
public class ComponentLibraryView extends Div implements HasPageHeader {
  /** A sample row for the paged grid demo. */
  record Sample(int n, String destination) {}

  private static final int SAMPLE_ROWS = 1234;

  public ComponentLibraryView() {
    TabSheet tabs = new TabSheet();
    tabs.addClassName("dt-content-tabs");
    tabs.add("Layout", layoutSection());
    tabs.add("Grid", gridSection());
    tabs.add("Forms & buttons", formSection());
    add(tabs);
  }

  private Component layoutSection() {
    PageHeader header = new PageHeader();
    header.show(PageInfo.of("Page title", "Module", "Section"), List.of(primary("Page action")));
    Div cards =
        new Div(
            new Card("Card label", "42", "hint text"),
            new Card("Healthy", "UP", "variant: status(true)").status(true),
            new Card("Failing", "DOWN", "variant: status(false)").status(false));
    cards.addClassName("dt-cards");
    ActionDock dock = new ActionDock(new Button("Cancel"), primary("Save"));
    dock.setStatus("Status text of the dock");
    dock.addClassName("dt-action-dock-inline");
    return section(
        "Page header, cards and the action dock (fixed at the bottom of form pages)",
        header,
        cards,
        dock);
  }

  private Component gridSection() {
    Grid<Sample> grid = new Grid<>();
    grid.addColumn(Sample::n).setHeader("#");
    grid.addColumn(Sample::destination).setHeader("Destination");
    PagedGrid<Sample> paged =
        new PagedGrid<>(
            grid,
            page ->
                new Page<>(
                    IntStream.range(
                            page.offset(), Math.min(page.offset() + page.limit(), SAMPLE_ROWS))
                        .mapToObj(i -> new Sample(i + 1, "Destination " + (i + 1)))
                        .toList(),
                    SAMPLE_ROWS));
    paged.refresh();
    return section(
        "PagedGrid: server-side pages with the shared footer (page size, page, total)", paged);
  }

  private Component formSection() {
    TextField ok = new TextField("Field");
    ok.setValue("valid value");
    TextField bad = new TextField("Field with error");
    bad.setErrorMessage("What is wrong and how to fix it");
    bad.setInvalid(true);
    Button danger = new Button("Delete");
    danger.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    Button toast =
        new Button("Show success toast", VaadinIcon.CHECK.create(), e -> Toasts.success("Saved"));
    Button errorToast = new Button("Show error toast", e -> Toasts.error("Could not save: reason"));
    Div buttons =
        new Div(primary("Primary"), new Button("Secondary"), tertiary(), danger, toast, errorToast);
    buttons.addClassName("dt-toolbar");
    return section("Fields, buttons and toasts", new Div(ok, bad), buttons);
  }

  private static Button primary(String text) {
    Button b = new Button(text);
    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return b;
  }

  private static Button tertiary() {
    Button b = new Button("Tertiary");
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return b;
  }

  private static Div section(String title, Component... content) {
    Div d = new Div(new H3(title));
    d.add(content);
    d.add(new Paragraph(""));
    d.addClassName("dt-stack");
    return d;
  }

  @Override
  public PageInfo pageInfo() {
    return PageInfo.of("Component library", "Administration");
  }
}
