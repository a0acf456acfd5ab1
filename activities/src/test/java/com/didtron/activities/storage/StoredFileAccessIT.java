package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.STORED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.retention.RetentionService;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.workflows.retention.PurgeReport;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees a file, soft delete, and the retention purge of object and row. */
class StoredFileAccessIT extends ActivitiesIT {
  @Autowired StoredFiles files;
  @Autowired Fixtures make;
  @Autowired DSLContext db;
  @Autowired RetentionService retention;
  @Autowired WorkflowClient temporal;

  @Test
  void aFileIsServedToItsAccountAndToStaffOfItsTenantAndIsNoSuchFileToAnyoneElse() {
    Account mine = make.account(admin(), Fixtures.unique("FilesMine"));
    Account theirs = make.account(admin(), Fixtures.unique("FilesTheirs"));
    Actor owner = actorOf(make.portalUser(admin(), mine, Role.CUSTOMER));
    Actor stranger = actorOf(make.portalUser(admin(), theirs, Role.CUSTOMER));
    Actor finance = actorOf(make.staffUser(admin(), Role.FINANCE));
    TenantId elsewhere = make.tenant(Fixtures.unique("files").toLowerCase());
    Actor otherTenantAdmin =
        new Actor(null, "other-admin@example.test", elsewhere, Set.of(Role.TENANT_ADMIN), null);
    StoredFile file =
        files.upload(
            owner,
            mine.id(),
            FileKind.KYC_DOCUMENT,
            "bill.pdf",
            SampleFiles.in(SampleFiles.pdf("bill")));

    assertThat(files.get(finance, file.id()).id()).isEqualTo(file.id());
    assertThat(files.get(admin(), file.id()).id()).isEqualTo(file.id());
    for (Actor outsider : new Actor[] {stranger, otherTenantAdmin}) {
      assertThatThrownBy(() -> files.open(outsider, file.id()))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("No such file");
      assertThatThrownBy(() -> files.delete(outsider, file.id()))
          .isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(() -> files.list(outsider, mine.id(), null))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("No such account");
      assertThatThrownBy(
              () ->
                  files.upload(
                      outsider,
                      mine.id(),
                      FileKind.OTHER,
                      "x.pdf",
                      SampleFiles.in(SampleFiles.pdf("x"))))
          .isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void customersUploadOnlyKycAndOtherFilesAndNobodyUploadsOrDeletesAGeneratedPdf() {
    Account account = make.account(admin(), Fixtures.unique("FilesKinds"));
    Actor customer = actorOf(make.portalUser(admin(), account, Role.CUSTOMER));
    Actor auditor = actorOf(make.staffUser(admin(), Role.AUDITOR));

    assertThatThrownBy(
            () ->
                files.upload(
                    customer,
                    account.id(),
                    FileKind.RATE_DECK,
                    "d.csv",
                    SampleFiles.in(SampleFiles.csv())))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () ->
                files.upload(
                    admin(),
                    account.id(),
                    FileKind.INVOICE_PDF,
                    "i.pdf",
                    SampleFiles.in(SampleFiles.pdf("i"))))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("made by the platform");
    assertThatThrownBy(
            () ->
                files.upload(
                    auditor,
                    account.id(),
                    FileKind.OTHER,
                    "o.pdf",
                    SampleFiles.in(SampleFiles.pdf("o"))))
        .isInstanceOf(AccessDenied.class);
    assertThat(files.list(admin(), account.id(), null)).isEmpty();
  }

  @Test
  void aDeletedFileIsGoneForUsersAndThePurgeRemovesObjectAndRowOnlyAfterItsRetention()
      throws Exception {
    Account account = make.account(admin(), Fixtures.unique("FilesPurge"));
    Actor customer = actorOf(make.portalUser(admin(), account, Role.CUSTOMER));
    StoredFile old =
        files.upload(
            customer,
            account.id(),
            FileKind.KYC_DOCUMENT,
            "old.pdf",
            SampleFiles.in(SampleFiles.pdf("o")));
    StoredFile recent =
        files.upload(
            customer,
            account.id(),
            FileKind.KYC_DOCUMENT,
            "new.pdf",
            SampleFiles.in(SampleFiles.pdf("n")));
    files.delete(customer, old.id());
    files.delete(customer, recent.id());
    assertThatThrownBy(() -> files.get(customer, old.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(files.list(admin(), account.id(), null)).isEmpty();
    Path oldObject = object(old);
    Path recentObject = object(recent);
    db.update(STORED_FILE)
        .set(STORED_FILE.DELETED_AT, OffsetDateTime.now().minusYears(6).toInstant())
        .where(STORED_FILE.ID.eq(old.id()))
        .execute();

    PurgeReport report =
        temporal
            .newUntypedWorkflowStub(retention.purgeNow(admin()).workflowId())
            .getResult(PurgeReport.class);

    assertThat(report.purged().get("stored_file:KYC_DOCUMENT")).isGreaterThanOrEqualTo(1);
    assertThat(Files.exists(oldObject)).isFalse();
    assertThat(db.fetchExists(STORED_FILE, STORED_FILE.ID.eq(old.id()))).isFalse();
    assertThat(Files.exists(recentObject)).as("kept 5 years after deletion").isTrue();
    assertThat(db.fetchExists(STORED_FILE, STORED_FILE.ID.eq(recent.id()))).isTrue();
    assertThat(
            db.fetchExists(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_ID
                    .eq(old.id().toString())
                    .and(AUDIT_LOG.ACTION.eq("PURGE"))
                    .and(AUDIT_LOG.ENTITY_TYPE.eq("stored_file"))))
        .isTrue();
  }

  private Path object(StoredFile f) {
    String key = db.fetchValue(STORED_FILE.STORAGE_KEY, STORED_FILE.ID.eq(f.id()));
    Path path = DATA_DIR.resolve("files").resolve(key);
    assertThat(path).exists();
    return path;
  }
}
