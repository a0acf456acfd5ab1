package com.didtron.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.did.DidInventory;
import com.didtron.activities.did.InventoryImport;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A number in service changed and given back through the API (issue 12 points 9, 10): its owner
 * changes where calls go (validated, audited, queued for the switch), another account's customer
 * gets 403, and a release takes the number out of service into quarantine.
 */
class DidLifecycleApiIT extends PlatformIT {
  @LocalServerPort int port;
  @Autowired ApiKeyService keys;
  @Autowired Fixtures fixtures;
  @Autowired DidInventory inventory;
  @Autowired DSLContext db;

  private HttpResponse<String> call(String method, String path, String key, String body)
      throws Exception {
    return new ApiClient(port).json(method, path, key, body);
  }

  private int switchChanges(UUID did) {
    return db.fetchCount(
        db.selectFrom("switch_change")
            .where("object_type = 'DID' AND object_id = ?", did.toString()));
  }

  private int audits(UUID did) {
    return db.fetchCount(
        db.selectFrom("audit_log")
            .where("entity_type = 'did_inventory' AND entity_id = ?", did.toString()));
  }

  @Test
  void theOwnerChangesCallHandlingAndReleasesTheNumberOthersAreRefused() throws Exception {
    Actor admin = admin().inTenant(fixtures.tenant(Fixtures.unique("life")));
    Account buyer = fixtures.account(admin, Fixtures.unique("Owner"));
    Account other = fixtures.account(admin, Fixtures.unique("Other"));
    String staff =
        keys.create(actorOf(fixtures.staffUser(admin, Role.TENANT_ADMIN)), "staff").secret();
    String customer =
        keys.create(actorOf(fixtures.portalUser(admin, buyer, Role.CUSTOMER)), "c").secret();
    String stranger =
        keys.create(actorOf(fixtures.portalUser(admin, other, Role.CUSTOMER)), "s").secret();
    String block = "4969" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String csv =
        "number,country,area,type,monthly_cost,setup_cost,channels,currency\n"
            + block
            + "1,DE,Frankfurt,GEOGRAPHIC,0.50,0,2,EUR\n"
            + block
            + "2,DE,Frankfurt,GEOGRAPHIC,0.50,0,2,EUR\n";
    assertThat(
            inventory.importCsv(
                admin,
                "manual",
                null,
                "t.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InventoryImport.Imported.class);
    // ordering's result, made directly: both numbers ACTIVE for the buyer
    db.execute(
        "UPDATE did_inventory SET status = 'ACTIVE', account_id = ?, destination_uri ="
            + " 'sip:pbx@example.net', activated_at = now() WHERE tenant_id = ?",
        buyer.id().value(),
        admin.tenantId().value());
    UUID first =
        (UUID)
            db.fetchValue(
                "SELECT id FROM did_inventory WHERE tenant_id = ? AND number = ?",
                admin.tenantId().value(),
                block + "1");
    UUID second =
        (UUID)
            db.fetchValue(
                "SELECT id FROM did_inventory WHERE tenant_id = ? AND number = ?",
                admin.tenantId().value(),
                block + "2");
    assertThat(call("GET", "/api/dids?accountId=" + buyer.id().value(), customer, null).body())
        .contains("\"id\":\"" + first + "\"");

    // validation: nothing written
    HttpResponse<String> bad =
        call("PATCH", "/api/dids/" + first, customer, "{\"destination\":\"pbx.example.net\"}");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
    assertThat(bad.body()).contains("SIP URI");
    HttpResponse<String> slow =
        call("PATCH", "/api/dids/" + first, customer, "{\"ringTimeoutSeconds\":121}");
    assertThat(slow.statusCode()).as(slow.body()).isEqualTo(422);
    assertThat(slow.body()).contains("between 5 and 120");
    assertThat(
            call("PATCH", "/api/dids/" + first, stranger, "{\"ringTimeoutSeconds\":20}")
                .statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/api/dids/" + first + "/release", stranger, null).statusCode())
        .isEqualTo(403);
    assertThat(switchChanges(first)).isZero();
    assertThat(audits(first)).isZero();

    HttpResponse<String> changed =
        call(
            "PATCH",
            "/api/dids/" + first,
            customer,
            "{\"destination\":\"sip:200@pbx2.example.net\",\"failover\":\"sip:9@backup.example.net\","
                + "\"ringTimeoutSeconds\":45}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"destination\":\"sip:200@pbx2.example.net\"");
    var row =
        db.fetchOne(
            "SELECT destination_uri, failover_uri, ring_timeout_seconds FROM did_inventory"
                + " WHERE id = ?",
            first);
    assertThat(row.get(0, String.class)).isEqualTo("sip:200@pbx2.example.net");
    assertThat(row.get(1, String.class)).isEqualTo("sip:9@backup.example.net");
    assertThat(row.get(2, Integer.class)).isEqualTo(45);
    assertThat(switchChanges(first)).isEqualTo(1);
    assertThat(audits(first)).isEqualTo(1);
    // staff may change it too; an empty failover removes it
    HttpResponse<String> byStaff =
        call("PATCH", "/api/dids/" + first, staff, "{\"failover\":\"\"}");
    assertThat(byStaff.statusCode()).as(byStaff.body()).isEqualTo(200);
    assertThat(db.fetchValue("SELECT failover_uri FROM did_inventory WHERE id = ?", first))
        .isNull();

    HttpResponse<String> released = call("POST", "/api/dids/" + first + "/release", customer, null);
    assertThat(released.statusCode()).as(released.body()).isEqualTo(202);
    assertThat(released.body()).contains("\"workflowId\":\"did-release-" + first + "\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "QUARANTINE"
                    .equals(db.fetchValue("SELECT status FROM did_inventory WHERE id = ?", first)));
    var gone =
        db.fetchOne(
            "SELECT account_id, destination_uri, quarantine_until, released_at FROM"
                + " did_inventory WHERE id = ?",
            first);
    assertThat(gone.get(0)).isNull();
    assertThat(gone.get(1)).isNull();
    assertThat(gone.get(2, OffsetDateTime.class))
        .isAfter(OffsetDateTime.now().plusDays(29))
        .isBefore(OffsetDateTime.now().plusDays(31));
    assertThat(gone.get(3)).isNotNull();
    // the switch hears of it (the number is then not live: removed, 404)
    assertThat(switchChanges(first)).isEqualTo(3);
    String mine = call("GET", "/api/dids?accountId=" + buyer.id().value(), customer, null).body();
    assertThat(mine).doesNotContain(block + "1").contains(block + "2");
    // no longer the customer's: unknown to them; staff are told why
    assertThat(call("POST", "/api/dids/" + first + "/release", customer, null).statusCode())
        .isEqualTo(404);
    HttpResponse<String> again = call("POST", "/api/dids/" + first + "/release", staff, null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
    assertThat(again.body()).contains("is not in service");
    assertThat(
            call("PATCH", "/api/dids/" + second, staff, "{\"ringTimeoutSeconds\":4}").statusCode())
        .isEqualTo(422);
  }
}
