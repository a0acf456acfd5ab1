package com.didtron.activities.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept ({@code didtron.storage.*}): a local directory ({@code local-dir}, default
 * {@code <data-dir>/files}) unless {@code s3.bucket} is set, and the size caps per kind (rate decks
 * use {@code didtron.limits.deck-upload}).
 */
@ConfigurationProperties("didtron.storage")
public record StorageSettings(
    Path localDir, S3 s3, DataSize kycDocumentMax, DataSize otherMax, DataSize pdfMax) {
  public StorageSettings {
    s3 = s3 == null ? new S3(null, null, null, false, null, null) : s3;
    kycDocumentMax = kycDocumentMax == null ? DataSize.ofMegabytes(10) : kycDocumentMax;
    otherMax = otherMax == null ? DataSize.ofMegabytes(10) : otherMax;
    pdfMax = pdfMax == null ? DataSize.ofMegabytes(20) : pdfMax;
  }

  /**
   * An S3-compatible bucket. {@code endpoint} is empty for AWS itself, else R2's or MinIO's URL;
   * {@code pathStyle} for MinIO and most self-hosted stores. Without keys the SDK's default chain
   * (environment, instance role) is used. The secret is never logged or shown.
   */
  public record S3(
      String endpoint,
      String region,
      String bucket,
      boolean pathStyle,
      String accessKey,
      String secretKey) {
    public S3 {
      region = region == null || region.isBlank() ? "auto" : region.strip();
    }

    public boolean configured() {
      return bucket != null && !bucket.isBlank();
    }

    @Override
    public String toString() {
      return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
    }
  }
}
