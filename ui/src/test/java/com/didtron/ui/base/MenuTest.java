package com.didtron.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.access.Actor;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MenuTest {
  @MenuPage(module = MenuModule.FINANCE, title = "Payouts", order = 20, icon = VaadinIcon.MONEY)
  @RolesAllowed({"SUPER_ADMIN", "FINANCE"})
  static class PayoutsView extends Div {}

  @MenuPage(module = MenuModule.FINANCE, title = "Budgets", order = 10, icon = VaadinIcon.CHART)
  @PermitAll
  static class BudgetsView extends Div {}

  @MenuPage(module = MenuModule.HOME, title = "Start", order = 10, icon = VaadinIcon.HOME)
  @PermitAll
  static class StartView extends Div {}

  @MenuPage(
      module = MenuModule.ADMINISTRATION,
      title = "Forgotten",
      order = 10,
      icon = VaadinIcon.COG)
  static class UnguardedView extends Div {}

  @PermitAll
  static class DetailView extends Div {}

  private static final List<Class<? extends Component>> VIEWS =
      List.of(
          PayoutsView.class,
          DetailView.class,
          UnguardedView.class,
          StartView.class,
          BudgetsView.class);

  @Test
  void anAnnotatedViewAppearsInItsModuleForRolesItAllows() {
    List<Menu.Module> menu = Menu.of(VIEWS, actor(Role.FINANCE));

    assertThat(menu).extracting(Menu.Module::label).containsExactly("Home", "Finance");
    assertThat(menu.get(1).icon()).isEqualTo(VaadinIcon.MONEY);
    assertThat(menu.get(1).items())
        .containsExactly(
            new Menu.Item("Budgets", VaadinIcon.CHART, BudgetsView.class),
            new Menu.Item("Payouts", VaadinIcon.MONEY, PayoutsView.class));
  }

  @Test
  void anAnnotatedViewIsLeftOutForRolesItDoesNotAllow() {
    List<Menu.Module> menu = Menu.of(VIEWS, actor(Role.CUSTOMER));

    assertThat(menu.stream().flatMap(m -> m.items().stream()).map(Menu.Item::label))
        .containsExactly("Start", "Budgets");
  }

  @Test
  void aViewWithoutRolesOrWithoutTheAnnotationIsNeverListed() {
    List<Menu.Module> menu = Menu.of(VIEWS, actor(Role.SUPER_ADMIN));

    assertThat(menu.stream().flatMap(m -> m.items().stream()).map(Menu.Item::view))
        .containsExactly(StartView.class, BudgetsView.class, PayoutsView.class);
  }

  private static Actor actor(Role role) {
    return new Actor(
        null, "user@example.test", new TenantId(UUID.randomUUID()), Set.of(role), null);
  }
}
