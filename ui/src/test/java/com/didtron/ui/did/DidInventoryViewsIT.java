package com.didtron.ui.did;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.did.InventoryNumber;
import com.didtron.activities.input.InputLimits;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DidState;
import com.didtron.domain.user.Role;
import com.didtron.ui.testing.BrowserlessViewsIT;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DID inventory page: filters, the import with its line errors, access. */
class DidInventoryViewsIT extends BrowserlessViewsIT {
  @Autowired DidInventory inventory;
  @Autowired Fixtures fixtures;

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAdminImportsAFileSeesItsNumbersByPatternAndSeesEveryBadLineOfARefusedFile() {
    String block = "3120" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    signIn(ADMIN);
    UI.getCurrent().navigate(DidInventoryView.class);
    DidInventoryView view = _get(DidInventoryView.class);
    DidImportDialog dialog = new DidImportDialog(inventory, InputLimits.defaults(), view::refresh);

    dialog.imported(
        "ok.csv",
        csv(
            "number,country,area,type,monthly_cost,setup_cost,currency\n"
                + block
                + "1,NL,Amsterdam,GEOGRAPHIC,0.5,0,EUR\n"
                + block
                + "2,NL,Amsterdam,GEOGRAPHIC,0.5,0,EUR\n"));
    assertThat(dialog.summary()).isEqualTo("2 numbers imported");

    _get(TextField.class, spec -> spec.withClasses("dt-did-pattern")).setValue(block + "*");
    @SuppressWarnings("unchecked")
    Select<DidState> state = _get(Select.class, spec -> spec.withClasses("dt-did-state"));
    state.setValue(DidState.AVAILABLE);
    List<InventoryNumber> rows = rows(_get(Grid.class, spec -> spec.withClasses("dt-did-grid")));
    assertThat(rows).extracting(InventoryNumber::number).containsExactly(block + "1", block + "2");

    dialog.imported(
        "bad.csv",
        csv(
            "number,country,area,type,monthly_cost,setup_cost,currency\n"
                + block
                + "3,NL,Amsterdam,GEOGRAPHIC,0.5,0,EUR\n"
                + block
                + "1,NL,Amsterdam,GEOGRAPHIC,0.5,0,EUR\n"
                + block
                + "4,NL,Amsterdam,SATELLITE,0.5,0,EUR\n"));
    assertThat(dialog.summary()).isEqualTo("2 line(s) have errors; nothing was imported");
    assertThat(rows(dialog.errors()))
        .extracting(e -> ((InventoryImport.LineError) e).line())
        .containsExactly(3L, 4L);
    view.refresh();
    assertThat(rows(_get(Grid.class, spec -> spec.withClasses("dt-did-grid")))).hasSize(2);
  }

  @Test
  void anAuditorReadsTheInventoryWithoutImportAndACustomerCannotOpenIt() {
    signIn(fixtures.staffUser(admin(), Role.AUDITOR));
    UI.getCurrent().navigate(DidInventoryView.class);
    assertThat(_find(Button.class, spec -> spec.withText("Import CSV"))).isEmpty();

    Account customer = fixtures.account(admin(), Fixtures.unique("DidViewCustomer"));
    signIn(fixtures.portalUser(admin(), customer, Role.CUSTOMER));
    assertThatThrownBy(() -> UI.getCurrent().navigate(DidInventoryView.class))
        .isInstanceOf(MockAccessDeniedException.class);
  }
}
