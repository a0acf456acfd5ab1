package com.didtron.ui.base;

import com.didtron.activities.security.CurrentActor;
import com.didtron.activities.tenant.TenantService;
import com.didtron.activities.user.UserLogins;
import com.didtron.activities.user.UserService;
import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.Tenant;
import com.didtron.domain.user.ThemePreference;
import com.didtron.ui.account.AccountsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The VitalPBX-style shell around every signed-in page: a top header (brand, global search, tenant,
 * user menu with the colour scheme), a narrow icon rail of modules, a second sidebar with the
 * selected module's pages, and the page header (breadcrumbs, title, actions) above the content.
 */
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {
  private final transient AuthenticationContext auth;
  private final transient UserService users;
  private final transient TenantService tenants;
  private final transient UserLogins logins;
  private final Nav rail = new Nav();
  private final Div subnav = new Div();
  private final PageHeader pageHeader = new PageHeader();
  private final Div content = new Div();
  private final Div main = new Div();
  private final Button navToggle = new Button(VaadinIcon.MENU.create());

  public MainLayout(
      AuthenticationContext auth, UserService users, TenantService tenants, UserLogins logins) {
    this.auth = auth;
    this.users = users;
    this.tenants = tenants;
    this.logins = logins;
    addClassName("dt-shell");
    rail.addClassName("dt-rail");
    rail.setAriaLabel("Modules");
    subnav.addClassName("dt-subnav");
    content.addClassName("dt-content");
    main.add(pageHeader, content);
    main.addClassName("dt-main");
    main.getElement().setAttribute("role", "main");
    // the page scrolls inside main: keyboard users reach it even when a page has no control
    main.getElement().setAttribute("tabindex", "0");
    main.getElement().setAttribute("data-testid", "shell.main");
    Div top = topBar();
    top.getElement().setAttribute("role", "banner");
    top.addComponentAsFirst(navToggle());
    subnav.setId("dt-subnav");
    add(top, rail, subnav, main);
    applyTheme();
  }

  /**
   * The menu button of narrow screens (a phone): the rail and the page list are a drawer it opens
   * and closes; wider screens hide it (styles.css) and always show both.
   */
  private Button navToggle() {
    navToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    navToggle.addClassName("dt-nav-toggle");
    navToggle.setAriaLabel("Menu");
    navToggle.getElement().setAttribute("aria-controls", "dt-subnav");
    navToggle.getElement().setAttribute("aria-expanded", "false");
    TestIds.set(navToggle, "shell.menu-toggle");
    navToggle.addClickListener(e -> showNavigation(!hasClassName("dt-nav-open")));
    return navToggle;
  }

  private void showNavigation(boolean open) {
    setClassName("dt-nav-open", open);
    navToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
  }

  private Div topBar() {
    Actor actor = UiActor.current();
    Span logo = new Span("D");
    logo.addClassName("dt-logo");
    H1 brand = new H1("DIDTron");
    brand.addClassName("dt-brand");
    TextField search = new TextField();
    search.setPlaceholder("Search accounts…");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.addClassName("dt-search");
    search.setAriaLabel("Global search");
    search.addKeyPressListener(
        Key.ENTER,
        e ->
            UI.getCurrent()
                .navigate(
                    AccountsView.class, QueryParameters.simple(Map.of("q", search.getValue()))));
    Div spacer = new Div();
    spacer.addClassName("dt-spacer");
    Div bar = new Div(logo, brand, spacer, tenantPicker(actor), userMenu(actor));
    if (actor.isStaff()) {
      // portal users get no global search at all (not a hidden one): it searches staff modules
      bar.addComponentAtIndex(2, search);
    }
    bar.addClassName("dt-topbar");
    return bar;
  }

  /**
   * The tenant the user works in: portal users (customers, carriers) see none, staff of one tenant
   * its name as plain text, a super admin with several tenants a picker to switch.
   */
  private Component tenantPicker(Actor actor) {
    if (!actor.isStaff()) {
      return new Span();
    }
    List<Tenant> selectable = tenants.selectable(actor);
    Tenant current =
        selectable.stream().filter(t -> t.id().equals(actor.tenantId())).findFirst().orElse(null);
    if (selectable.size() < 2) {
      Span name = new Span(current == null ? "" : current.name());
      name.addClassName("dt-tenant");
      name.getElement().setAttribute("title", "Tenant");
      name.getElement().setAttribute("data-testid", "tenant-name");
      return name;
    }
    Select<Tenant> select = new Select<>();
    select.setItems(selectable);
    select.setItemLabelGenerator(Tenant::name);
    select.setAriaLabel("Tenant");
    select.addClassName("dt-tenant");
    select.getElement().setAttribute("data-testid", "tenant-picker");
    if (current != null) {
      select.setValue(current);
    }
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            UiActor.workIn(tenants.switchTo(UiActor.current(), e.getValue().id()));
            UI.getCurrent().getPage().reload();
          }
        });
    return select;
  }

  private MenuBar userMenu(Actor actor) {
    MenuBar bar = new MenuBar();
    bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    bar.addClassName("dt-user-menu");
    MenuItem user = bar.addItem(actor.name());
    SubMenu menu = user.getSubMenu();
    SubMenu theme = menu.addItem("Theme").getSubMenu();
    for (ThemePreference t : ThemePreference.values()) {
      theme.addItem(label(t), e -> chooseTheme(t));
    }
    menu.addItem("Change password", e -> UI.getCurrent().getPage().setLocation("change-password"));
    if (actor.isStaff()) {
      menu.addItem("Two-factor sign-in", e -> UI.getCurrent().getPage().setLocation("two-factor"));
    }
    menu.addItem("Sign out", e -> auth.logout());
    return bar;
  }

  private static String label(ThemePreference t) {
    return switch (t) {
      case LIGHT -> "Light";
      case DARK -> "Dark";
      case SYSTEM -> "System";
    };
  }

  private void chooseTheme(ThemePreference theme) {
    users.setTheme(UiActor.current(), theme);
    apply(theme);
  }

  private void applyTheme() {
    CurrentActor.principal()
        .flatMap(p -> logins.reload(p.user().id()))
        .ifPresent(u -> apply(u.theme()));
  }

  /** Applies a colour scheme to the page; SYSTEM follows the browser's setting. */
  public static void apply(ThemePreference theme) {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return;
    }
    ui.getPage()
        .setColorScheme(
            switch (theme) {
              case LIGHT -> ColorScheme.Value.LIGHT;
              case DARK -> ColorScheme.Value.DARK;
              case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
            });
    ui.getElement()
        .executeJs(
            "const dark = $0 === 'DARK' || ($0 === 'SYSTEM' && matchMedia('(prefers-color-scheme: dark)').matches);"
                + "document.documentElement.setAttribute('theme', dark ? 'dark' : '');"
                + "document.documentElement.dataset.dtTheme = $0;",
            theme.name());
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.removeAll();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    Actor actor = UiActor.current();
    Object view = event.getActiveChain().isEmpty() ? null : event.getActiveChain().get(0);
    Class<?> navTarget = view == null ? null : view.getClass();
    if (view instanceof HasPageHeader header) {
      pageHeader.show(header.pageInfo(), header.headerActions());
      if (header.navParent() != null) {
        navTarget = header.navParent();
      }
    } else {
      pageHeader.show(PageInfo.of(""), List.of());
    }
    Menu.Module module = navTarget == null ? null : Menu.moduleOf(navTarget, actor).orElse(null);
    renderRail(actor, module);
    renderSubnav(module);
    showNavigation(false);
    // a new page opens at its top, not where the previous one was scrolled to
    main.getElement().executeJs("this.scrollTop = 0; window.scrollTo(0, 0);");
  }

  private void renderRail(Actor actor, Menu.Module selected) {
    rail.removeAll();
    for (Menu.Module m : Menu.visibleTo(actor)) {
      Anchor link =
          new Anchor(
              RouteConfiguration.forSessionScope().getUrl(m.items().get(0).view()),
              m.icon().create());
      link.addClassName("dt-rail-item");
      link.getElement().setAttribute("aria-label", m.label());
      link.getElement().setAttribute("title", m.label());
      if (selected != null && selected.label().equals(m.label())) {
        link.addClassName("active");
      }
      rail.add(link);
    }
  }

  private void renderSubnav(Menu.Module module) {
    subnav.removeAll();
    if (module == null) {
      return;
    }
    Span title = new Span(module.label());
    title.addClassName("dt-subnav-title");
    SideNav nav = new SideNav();
    nav.getElement().setAttribute("aria-label", module.label() + " pages");
    for (Menu.Item item : module.items()) {
      SideNavItem link = new SideNavItem(item.label(), item.view(), item.icon().create());
      link.setMatchNested(true);
      link.getElement().setAttribute("title", item.label());
      nav.addItem(link);
    }
    subnav.add(title, nav);
  }
}
