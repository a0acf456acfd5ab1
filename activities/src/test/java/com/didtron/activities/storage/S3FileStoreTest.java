package com.didtron.activities.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 adapter against a stub of the documented S3 REST calls (PutObject, GetObject,
 * DeleteObject, HeadObject, HeadBucket) with path-style URLs, as MinIO and R2 are used.
 */
class S3FileStoreTest {
  private static final String KEY = "7f0c/acc/kyc_document/1b2c";
  private static final String OBJECT = "/didtron-files/" + KEY;
  private static final String SIGNED =
      "AWS4-HMAC-SHA256 Credential=AKIDSTORAGETEST/\\d{8}/auto/s3/aws4_request,"
          + " SignedHeaders=.*host.*x-amz-content-sha256.*, Signature=[0-9a-f]{64}";

  @TempDir Path tmp;
  WireMockServer s3;
  S3FileStore store;

  @BeforeEach
  void start() {
    s3 = new WireMockServer(wireMockConfig().dynamicPort());
    s3.start();
    store =
        new S3FileStore(
            new StorageSettings.S3(
                s3.baseUrl(), null, "didtron-files", true, "AKIDSTORAGETEST", "s3cr3t-never-sent"));
  }

  @AfterEach
  void stop() {
    store.close();
    s3.stop();
  }

  @Test
  void putObjectSendsTheBytesToThePathStyleUrlSignedWithSigV4AndRemovesTheStagedFile()
      throws Exception {
    s3.stubFor(
        put(urlEqualTo(OBJECT))
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
    byte[] pdf = SampleFiles.pdf("stored in a bucket");
    Path staged = Files.write(tmp.resolve("a.part"), pdf);

    store.put(KEY, staged, "application/pdf");

    s3.verify(
        putRequestedFor(urlEqualTo(OBJECT))
            .withHeader("Authorization", matching(SIGNED))
            .withHeader("Content-Type", equalTo("application/pdf"))
            .withHeader("x-amz-content-sha256", matching(".+")));
    LoggedRequest put = s3.findAll(putRequestedFor(urlEqualTo(OBJECT))).getFirst();
    // over plain HTTP the SDK streams the body signed chunk by chunk (SigV4 streaming upload)
    assertThat(put.getHeader("x-amz-content-sha256"))
        .isEqualTo("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
    assertThat(put.getHeader("x-amz-decoded-content-length")).isEqualTo("" + pdf.length);
    assertThat(awsChunkedPayload(put.getBody())).isEqualTo(pdf);
    assertThat(put.getHeader("Host")).doesNotStartWith("didtron-files.");
    assertThat(s3.getAllServeEvents().toString()).doesNotContain("s3cr3t-never-sent");
    assertThat(staged).doesNotExist();
  }

  /** The payload of an aws-chunked body: {@code hex-size;chunk-signature=…\r\n data \r\n}… */
  private static byte[] awsChunkedPayload(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOfCrLf(body, at);
      String header =
          new String(body, at, lineEnd - at, java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(header).matches("[0-9a-f]+;chunk-signature=[0-9a-f]{64}");
      int size = Integer.parseInt(header.substring(0, header.indexOf(';')), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(body, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOfCrLf(byte[] b, int from) {
    for (int i = from; i < b.length - 1; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("no chunk header");
  }

  @Test
  void getObjectStreamsTheBytesAndAMissingKeyIsNoSuchFile() throws Exception {
    byte[] pdf = SampleFiles.pdf("read back");
    s3.stubFor(
        get(urlEqualTo(OBJECT))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/pdf")
                    .withBody(pdf)));
    s3.stubFor(
        get(urlEqualTo("/didtron-files/missing"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/xml")
                    .withBody(
                        "<Error><Code>NoSuchKey</Code><Message>The specified key does not"
                            + " exist.</Message></Error>")));

    try (InputStream in = store.get(KEY)) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    assertThatThrownBy(() -> store.get("missing")).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void deleteObjectAndHeadObjectAnswerWhetherAnObjectIsThere() throws Exception {
    s3.stubFor(delete(urlEqualTo(OBJECT)).willReturn(aResponse().withStatus(204)));
    s3.stubFor(
        head(urlEqualTo(OBJECT))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Length", "3")));
    s3.stubFor(head(urlEqualTo("/didtron-files/missing")).willReturn(aResponse().withStatus(404)));
    s3.stubFor(head(urlEqualTo("/didtron-files")).willReturn(aResponse().withStatus(200)));

    assertThat(store.exists(KEY)).isTrue();
    assertThat(store.exists("missing")).isFalse();
    store.checkBucket();
    store.delete(KEY);

    s3.verify(deleteRequestedFor(urlEqualTo(OBJECT)).withHeader("Authorization", matching(SIGNED)));
  }

  @Test
  void aRefusalBecomesAnIoErrorNamingTheBucketButNeverTheSecret() {
    s3.stubFor(
        put(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/xml")
                    .withBody(
                        "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
    Path staged = tmp.resolve("b.part");

    assertThatThrownBy(
            () -> {
              Files.write(staged, SampleFiles.pdf("refused"));
              store.put(KEY, staged, "application/pdf");
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("didtron-files")
        .hasMessageContaining("Access Denied")
        .hasMessageNotContaining("s3cr3t");
    assertThat(staged).doesNotExist();
  }
}
