package com.didtron.activities.storage;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the file store: the S3-compatible bucket when {@code didtron.storage.s3.bucket} is set,
 * else the local directory. Uploads are always staged on local disk first (bounded memory).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {
  private static final Logger LOG = LoggerFactory.getLogger(StorageConfig.class);

  @Bean
  FileStore fileStore(StorageSettings settings, @Value("${didtron.data-dir:./data}") Path dataDir) {
    FileStore store =
        settings.s3().configured()
            ? new S3FileStore(settings.s3())
            : new LocalFileStore(localRoot(settings, dataDir));
    LOG.info("Files are kept in the {}", store.describe());
    return store;
  }

  @Bean
  Staging staging(StorageSettings settings, @Value("${didtron.data-dir:./data}") Path dataDir) {
    return new Staging(localRoot(settings, dataDir).resolve(".staging"));
  }

  static Path localRoot(StorageSettings settings, Path dataDir) {
    return settings.localDir() != null ? settings.localDir() : dataDir.resolve("files");
  }
}
