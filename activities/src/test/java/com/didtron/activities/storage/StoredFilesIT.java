package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.STORED_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.input.InputTooLarge;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.storage.ContentType;
import com.didtron.domain.storage.FileKind;
import com.didtron.domain.storage.StoredFile;
import com.didtron.domain.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploads through the local file store: type from the bytes, limits, checksums, audit. */
class StoredFilesIT extends ActivitiesIT {
  @Autowired StoredFiles files;
  @Autowired Fixtures make;
  @Autowired DSLContext db;

  @Test
  void aCustomersPdfIsKeptUnderAKeyOfOursWithItsChecksumAndComesBackByteForByte() throws Exception {
    Account account = make.account(admin(), Fixtures.unique("FilesPdf"));
    Actor customer = actorOf(make.portalUser(admin(), account, Role.CUSTOMER));
    byte[] pdf = SampleFiles.pdf("passport scan");

    StoredFile file =
        files.upload(
            customer,
            account.id(),
            FileKind.KYC_DOCUMENT,
            "../../etc/Pässport <scan>.pdf",
            SampleFiles.in(pdf));

    assertThat(file.contentType()).isEqualTo(ContentType.PDF);
    assertThat(file.size()).isEqualTo(pdf.length);
    assertThat(file.sha256()).isEqualTo(SampleFiles.sha256(pdf));
    assertThat(file.name()).isEqualTo("Passport _scan_.pdf");
    String key = db.fetchValue(STORED_FILE.STORAGE_KEY, STORED_FILE.ID.eq(file.id()));
    assertThat(key).doesNotContain("ssport").startsWith(account.tenantId().value().toString());
    assertThat(Files.readAllBytes(DATA_DIR.resolve("files").resolve(key))).isEqualTo(pdf);
    try (InputStream in = files.open(customer, file.id()).bytes()) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    assertThat(files.list(customer, account.id(), null))
        .extracting(StoredFile::id)
        .contains(file.id());
    assertThat(
            db.fetchExists(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("stored_file")
                    .and(AUDIT_LOG.ENTITY_ID.eq(file.id().toString()))
                    .and(AUDIT_LOG.ACTION.eq("CREATE"))
                    .and(AUDIT_LOG.ACTOR.eq(customer.name()))))
        .isTrue();
  }

  @Test
  void theTypeComesFromTheBytesNotTheNameAndAWrongTypeIsRefusedWithTheReason() {
    Account account = make.account(admin(), Fixtures.unique("FilesType"));

    StoredFile png =
        files.upload(
            admin(),
            account.id(),
            FileKind.KYC_DOCUMENT,
            "id.pdf",
            SampleFiles.in(SampleFiles.png()));
    assertThat(png.contentType()).isEqualTo(ContentType.PNG);

    assertThatThrownBy(
            () ->
                files.upload(
                    admin(),
                    account.id(),
                    FileKind.KYC_DOCUMENT,
                    "id.pdf",
                    SampleFiles.in(SampleFiles.csv())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The file is CSV; a kyc document must be one of PDF, PNG, JPEG");
    assertThatThrownBy(
            () ->
                files.upload(
                    admin(),
                    account.id(),
                    FileKind.OTHER,
                    "x.bin",
                    SampleFiles.in(new byte[] {0, 1, 2, 3, 4})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The file's type is not recognised");
    assertThat(files.list(admin(), account.id(), null))
        .extracting(StoredFile::id)
        .containsExactly(png.id());
    assertThat(staged()).isEmpty();
  }

  @Test
  void aDeckIsKeptAsCsvAndAnOversizeKycDocumentStopsAtTheLimitLeavingNothingBehind() {
    Account account = make.account(admin(), Fixtures.unique("FilesSize"));
    StoredFile deck =
        files.upload(
            admin(),
            account.id(),
            FileKind.RATE_DECK,
            "deck.csv",
            SampleFiles.in(SampleFiles.csv()));
    assertThat(deck.contentType()).isEqualTo(ContentType.CSV);

    SampleFiles.EndlessPdf endless = new SampleFiles.EndlessPdf();
    assertThatThrownBy(
            () -> files.upload(admin(), account.id(), FileKind.KYC_DOCUMENT, "huge.pdf", endless))
        .isInstanceOf(InputTooLarge.class)
        .hasMessage(
            "The KYC document is larger than the limit of 10 MB (setting"
                + " didtron.storage.kyc-document-max)");
    assertThat(endless.read).isLessThanOrEqualTo(10L * 1024 * 1024 + 64 * 1024);
    assertThat(files.list(admin(), account.id(), FileKind.KYC_DOCUMENT)).isEmpty();
    assertThat(staged()).isEmpty();
  }

  private static List<Path> staged() {
    Path dir = DATA_DIR.resolve("files").resolve(".staging");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
