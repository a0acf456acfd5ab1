package com.didtron.ui.switchsync;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.switchpush.SwitchSyncService;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.KamailioRpcStub;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The switch sync page: failed objects with the switch's error, retry, full resync. */
class SwitchSyncViewsIT extends BrowserlessViewsIT {
  @Autowired SwitchSyncService sync;
  @Autowired TrunkFixtures make;
  @Autowired Fixtures fixtures;

  @AfterEach
  void switchAcceptsAgain() {
    KamailioRpcStub.acceptAll();
  }

  @Test
  void anAdminSeesAFailedPushWithTheSwitchsErrorAndRetriesIt() {
    Account customer = make.account(admin(), "ViewSync", AccountKind.CUSTOMER);
    KamailioRpcStub.refuse("permissions.addressReload", "address reload refused by the switch");
    Trunk trunk =
        make.create(
            admin(),
            customer,
            TrunkFixtures.ingress("pbx", TrunkFixtures.uniqueBlock(), null, null));
    waitFor(() -> state(trunk).filter(o -> o.status() == SyncStatus.FAILED));
    KamailioRpcStub.acceptAll();

    signIn(ADMIN);
    UI.getCurrent().navigate(SwitchSyncView.class);
    @SuppressWarnings("unchecked")
    Select<SyncStatus> state = _get(Select.class, spec -> spec.withClasses("dt-sync-state"));
    state.setValue(SyncStatus.FAILED);
    Grid<?> grid = _get(Grid.class);
    List<SyncObject> rows = rows(grid);
    int row = indexOf(rows, trunk);
    assertThat(row).as("the failed trunk is listed").isNotNegative();
    assertThat(rows.get(row).error()).contains("address reload refused by the switch");

    _click((Button) GridKt._getCellComponent(grid, row, "retry"));

    waitFor(() -> state(trunk).filter(o -> o.status() == SyncStatus.IN_SYNC));
    assertThat(_find(Button.class, spec -> spec.withText("Full resync"))).hasSize(1);
  }

  @Test
  void anAuditorReadsTheStatusButCannotResyncAndPortalUsersCannotOpenIt() {
    signIn(fixtures.staffUser(admin(), Role.AUDITOR));
    UI.getCurrent().navigate(SwitchSyncView.class);
    assertThat(_find(Button.class, spec -> spec.withText("Full resync"))).isEmpty();
    _get(Grid.class);

    Account customer = make.account(admin(), "ViewSyncPortal", AccountKind.CUSTOMER);
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(SwitchSyncView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }

  private Optional<SyncObject> state(Trunk trunk) {
    return sync.status(admin(), SyncTargets.KAMAILIO, null, 1000).stream()
        .filter(o -> o.type() == ObjectType.TRUNK && o.objectId().equals(trunk.id().toString()))
        .findFirst();
  }

  private static int indexOf(List<SyncObject> rows, Trunk trunk) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).objectId().equals(trunk.id().toString())) {
        return i;
      }
    }
    return -1;
  }

  private static void waitFor(Supplier<Optional<SyncObject>> probe) {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (probe.get().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the switch sync did not get there");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
