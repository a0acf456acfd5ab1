package com.didtron.activities.did;

import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.did.NumberType;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** A fresh tenant for one test: its admin, a customer user of it, and helpers to fill it. */
record DidTestTenant(Actor admin, Actor customer, Account account) {
  static final String HEADER = "number,country,area,type,monthly_cost,setup_cost,channels,currency";

  static DidTestTenant create(
      Fixtures fixtures, Actor superAdmin, Function<String, Actor> actorOf) {
    Actor admin = superAdmin.inTenant(fixtures.tenant(Fixtures.unique("did")));
    Account account = fixtures.account(admin, Fixtures.unique("Buyer"));
    String email = fixtures.portalUser(admin, account, Role.CUSTOMER);
    return new DidTestTenant(admin, actorOf.apply(email), account);
  }

  static ByteArrayInputStream csv(String... lines) {
    return new ByteArrayInputStream(
        (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static String line(String number, String country, String area, NumberType type, String cost) {
    return number + "," + country + "," + area + "," + type + "," + cost + ",1.00,2,EUR";
  }

  void imported(DidInventory inventory, String... lines) {
    InventoryImport outcome = inventory.importCsv(admin, "manual", null, "test.csv", csv(lines));
    if (!(outcome instanceof InventoryImport.Imported)) {
      throw new IllegalStateException("import refused: " + outcome);
    }
  }

  void priced(DidPrices prices, String country, NumberType type, String area, String monthly) {
    DidPrices.PriceChange change =
        prices.add(
            admin,
            new DidPrices.PriceDraft(
                country,
                type,
                area,
                new BigDecimal(monthly),
                new BigDecimal("5.00"),
                new BigDecimal("0.010000"),
                "EUR",
                null));
    if (!(change instanceof DidPrices.PriceChange.Saved)) {
      throw new IllegalStateException("price refused: " + change);
    }
  }
}
