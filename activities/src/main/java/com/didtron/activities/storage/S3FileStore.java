package com.didtron.activities.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Objects in an S3-compatible bucket through the official AWS SDK v2 (URL-connection HTTP client):
 * AWS S3, Cloudflare R2 or MinIO. Checksums are sent only where S3 requires them, which every
 * S3-compatible store accepts. SDK failures become {@link IOException}s without credentials.
 */
final class S3FileStore implements FileStore, AutoCloseable {
  private final S3Client s3;
  private final StorageSettings.S3 settings;

  S3FileStore(StorageSettings.S3 settings) {
    this.settings = settings;
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(credentials(settings));
    if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
      builder.endpointOverride(URI.create(settings.endpoint().strip()));
    }
    this.s3 = builder.build();
  }

  private static AwsCredentialsProvider credentials(StorageSettings.S3 settings) {
    if (settings.accessKey() == null || settings.accessKey().isBlank()) {
      return DefaultCredentialsProvider.builder().build();
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
  }

  @Override
  public void put(String key, Path staged, String contentType) throws IOException {
    try {
      s3.putObject(
          b -> b.bucket(settings.bucket()).key(key).contentType(contentType),
          RequestBody.fromFile(staged));
    } catch (SdkException e) {
      throw failed("store", key, e);
    } finally {
      Files.deleteIfExists(staged);
    }
  }

  @Override
  public InputStream get(String key) throws IOException {
    try {
      return s3.getObject(b -> b.bucket(settings.bucket()).key(key));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(key);
    } catch (SdkException e) {
      throw failed("read", key, e);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    try {
      s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
    } catch (SdkException e) {
      throw failed("delete", key, e);
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    try {
      s3.headObject(b -> b.bucket(settings.bucket()).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (SdkException e) {
      throw failed("look up", key, e);
    }
  }

  /** Asks the bucket whether it is there and ours to use (HeadBucket). */
  void checkBucket() throws IOException {
    try {
      s3.headBucket(b -> b.bucket(settings.bucket()));
    } catch (SdkException e) {
      throw new IOException(
          "The storage bucket " + settings.bucket() + " cannot be reached: " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "S3 bucket " + settings.bucket() + " at " + endpoint();
  }

  private String endpoint() {
    return settings.endpoint() == null || settings.endpoint().isBlank()
        ? "AWS " + settings.region()
        : settings.endpoint().strip();
  }

  private IOException failed(String what, String key, SdkException e) {
    return new IOException(
        "Could not " + what + " " + key + " in " + describe() + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    s3.close();
  }
}
