package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.ACCOUNT;
import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.TRUNK;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.AccountService;
import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.trunk.Trunk;
import com.didtron.workflows.retention.PurgeReport;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deleted trunks are purged after their retention, before their accounts, without their secrets.
 */
class TrunkRetentionIT extends ActivitiesIT {
  @Autowired Trunks trunks;
  @Autowired TrunkFixtures make;
  @Autowired AccountService accounts;
  @Autowired RetentionService retention;
  @Autowired WorkflowClient temporal;
  @Autowired DSLContext db;

  @Test
  void aTrunkDeletedLongAgoIsPurgedWithoutItsDigestSecretInTheAuditAndItsDeletedAccountAfterIt() {
    Actor admin = admin();
    Account gone = make.account(admin, "GoneTrunks", AccountKind.CUSTOMER);
    Account kept = make.account(admin, "KeptTrunks", AccountKind.CUSTOMER);
    String username = "r" + gone.id().toString().substring(0, 8);
    Trunk old =
        make.create(
            admin,
            gone,
            TrunkFixtures.ingress(
                "Old", TrunkFixtures.uniqueBlock(), username, "retention-secret-1"));
    make.create(
        admin, kept, TrunkFixtures.ingress("Live", TrunkFixtures.uniqueBlock(), null, null));
    String ha1 = db.fetchValue(TRUNK.DIGEST_HA1, TRUNK.ID.eq(old.id().value()));
    trunks.delete(admin, gone.id(), old.id());
    accounts.delete(admin, gone.id());
    accounts.delete(admin, kept.id());
    Instant longAgo = OffsetDateTime.now().minusYears(20).toInstant();
    db.update(TRUNK).set(TRUNK.DELETED_AT, longAgo).where(TRUNK.ID.eq(old.id().value())).execute();
    db.update(ACCOUNT)
        .set(ACCOUNT.DELETED_AT, longAgo)
        .where(ACCOUNT.ID.in(gone.id().value(), kept.id().value()))
        .execute();

    PurgeReport report =
        temporal
            .newUntypedWorkflowStub(retention.purgeNow(admin).workflowId())
            .getResult(PurgeReport.class);

    assertThat(report.purged().get("trunk")).isGreaterThanOrEqualTo(1);
    assertThat(db.fetchExists(TRUNK, TRUNK.ID.eq(old.id().value()))).isFalse();
    assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(gone.id().value()))).isFalse();
    assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(kept.id().value())))
        .as("its live trunk keeps it")
        .isTrue();
    String purged =
        db.select(AUDIT_LOG.BEFORE)
            .from(AUDIT_LOG)
            .where(AUDIT_LOG.ENTITY_TYPE.eq("trunk"))
            .and(AUDIT_LOG.ENTITY_ID.eq(old.id().toString()))
            .and(AUDIT_LOG.ACTION.eq("PURGE"))
            .fetchSingle(r -> r.value1().data());
    assertThat(purged).contains(username).doesNotContain(ha1);
  }
}
