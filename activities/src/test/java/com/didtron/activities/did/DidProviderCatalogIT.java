package com.didtron.activities.did;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.didtron.activities.did.DidProvider.ProviderNumber;
import com.didtron.activities.did.didww.DidwwStub;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.DidState;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.user.Role;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The providers page's service against the DIDWW stub: list providers, search numbers at DIDWW, add
 * chosen ones to the inventory through the import (a second add of the same number is refused).
 */
class DidProviderCatalogIT extends ActivitiesIT {
  @Autowired DidInventory inventory;
  @Autowired ManualDidProvider manual;
  @Autowired DSLContext db;
  @Autowired Fixtures fixtures;

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  private DidProviderCatalog catalog;

  @BeforeEach
  void start() {
    server.start();
    DidwwStub.berlinSearch(server);
    catalog =
        new DidProviderCatalog(
            new DidProviders(List.of(manual, DidwwStub.provider(server))), inventory, db);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void staffSearchDidwwAndAddTheChosenNumbersToTheInventoryOnce() {
    assertThat(catalog.providers(admin()))
        .extracting(
            DidProviderCatalog.ProviderInfo::code, DidProviderCatalog.ProviderInfo::searchable)
        .containsExactly(tuple("manual", false), tuple("didww", true));

    List<ProviderNumber> found =
        catalog.search(
            admin(),
            "didww",
            new DidProvider.Query("de", NumberType.GEOGRAPHIC, "Berlin", "555", 10));
    assertThat(found)
        .extracting(ProviderNumber::number)
        .containsExactly("4930555123456", "4930555987654");

    InventoryImport added = catalog.add(admin(), "didww", List.of(found.getFirst()));
    assertThat(added).isInstanceOf(InventoryImport.Imported.class);
    assertThat(((InventoryImport.Imported) added).numbers()).isEqualTo(1);
    List<InventoryNumber> rows =
        inventory.list(
            admin(), new InventoryFilter(null, null, null, "didww", null, false, null, 500));
    assertThat(rows)
        .filteredOn(n -> n.number().equals("4930555123456"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.state()).isEqualTo(DidState.AVAILABLE);
              assertThat(n.area()).isEqualTo("Berlin");
              assertThat(n.monthlyCost()).isEqualByComparingTo("0.85");
            });
    assertThat(catalog.providers(admin()))
        .filteredOn(p -> p.code().equals("didww"))
        .singleElement()
        .satisfies(p -> assertThat(p.inventory()).isGreaterThanOrEqualTo(1));

    InventoryImport again = catalog.add(admin(), "didww", List.of(found.getFirst()));
    assertThat(again).isInstanceOf(InventoryImport.Refused.class);
  }

  @Test
  void customersCannotSearchOrAddAndTheManualProviderIsNotSearched() {
    Account account = fixtures.account(admin(), Fixtures.unique("ProvidersCustomer"));
    var customer = actorOf(fixtures.portalUser(admin(), account, Role.CUSTOMER));
    var query = new DidProvider.Query("DE", NumberType.GEOGRAPHIC, "Berlin", "555", 10);
    assertThatThrownBy(() -> catalog.search(customer, "didww", query))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> catalog.add(customer, "didww", List.of()))
        .isInstanceOf(AccessDenied.class);
    assertThat(catalog.search(admin(), "manual", query)).isEmpty();
    assertThatThrownBy(
            () ->
                catalog.search(
                    admin(),
                    "didww",
                    new DidProvider.Query("Germany", NumberType.GEOGRAPHIC, null, null, 10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
