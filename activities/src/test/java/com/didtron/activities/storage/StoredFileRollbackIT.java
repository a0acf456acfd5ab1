package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.STORED_FILE;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.account.Account;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A file whose transaction rolls back leaves no object behind, in either store. */
class StoredFileRollbackIT extends ActivitiesIT {
  @Autowired StoredFileWriter writer;
  @Autowired JooqStoredFileRepository repository;
  @Autowired Staging staging;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;
  @Autowired Fixtures make;
  @Autowired TransactionTemplate tx;
  @Autowired DSLContext db;

  private StoredFile keepThenFail(StoredFileWriter w, Account account) {
    AtomicReference<StoredFile> kept = new AtomicReference<>();
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      try {
                        Staging.Staged staged =
                            staging.stage(
                                SampleFiles.in(SampleFiles.pdf("rolled back")), 1 << 20, "f", "s");
                        kept.set(
                            w.keep(
                                admin(),
                                account.tenantId(),
                                account.id(),
                                FileKind.OTHER,
                                "r.pdf",
                                staged));
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                      throw new IllegalStateException("the caller's transaction fails");
                    }))
        .hasMessage("the caller's transaction fails");
    assertThat(db.fetchExists(STORED_FILE, STORED_FILE.ID.eq(kept.get().id()))).isFalse();
    return kept.get();
  }

  @Test
  void aRolledBackFileLeavesNoObjectInTheLocalStore() {
    Account account = make.account(admin(), Fixtures.unique("FilesRollback"));
    StoredFile file = keepThenFail(writer, account);
    Path object =
        DATA_DIR
            .resolve("files")
            .resolve(
                StoredFileWriter.keyOf(
                    account.tenantId(), account.id(), FileKind.OTHER, file.id()));
    assertThat(Files.exists(object)).isFalse();
  }

  @Test
  void aRolledBackFileIsDeletedFromTheBucketAgain() {
    WireMockServer s3 = new WireMockServer(wireMockConfig().dynamicPort());
    s3.start();
    try (S3FileStore store =
        new S3FileStore(new StorageSettings.S3(s3.baseUrl(), null, "bkt", true, "AK", "SK"))) {
      s3.stubFor(put(urlMatching("/bkt/.*")).willReturn(aResponse().withStatus(200)));
      s3.stubFor(delete(urlMatching("/bkt/.*")).willReturn(aResponse().withStatus(204)));
      Account account = make.account(admin(), Fixtures.unique("FilesRollbackS3"));
      StoredFile file =
          keepThenFail(new StoredFileWriter(store, repository, audit, clock), account);
      String path =
          "/bkt/"
              + StoredFileWriter.keyOf(account.tenantId(), account.id(), FileKind.OTHER, file.id());
      s3.verify(putRequestedFor(urlMatching(path)));
      s3.verify(deleteRequestedFor(urlMatching(path)));
    } finally {
      s3.stop();
    }
  }
}
