package com.didtron.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {
  @TempDir Path root;

  @Test
  void aStagedFileIsMovedUnderItsKeyAndReadDeletedAndLookedUp() throws Exception {
    LocalFileStore store = new LocalFileStore(root);
    Path staged = Files.write(root.resolve("staged.part"), new byte[] {1, 2, 3});

    store.put("t1/a1/other/f1", staged, "application/pdf");

    assertThat(staged).doesNotExist();
    assertThat(store.exists("t1/a1/other/f1")).isTrue();
    try (InputStream in = store.get("t1/a1/other/f1")) {
      assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
    }
    store.delete("t1/a1/other/f1");
    store.delete("t1/a1/other/f1");
    assertThat(store.exists("t1/a1/other/f1")).isFalse();
  }

  @Test
  void aKeyThatIsNotOneOfOursIsRefusedNeverResolved() {
    LocalFileStore store = new LocalFileStore(root);
    for (String key :
        new String[] {"../x", "/etc/passwd", "a/../../b", "a//b", "A/b", "a/b.pdf", ""}) {
      assertThatThrownBy(() -> store.get(key), key).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void withoutABucketTheLocalStoreIsChosenAndWithOneTheS3Store() throws Exception {
    StorageConfig config = new StorageConfig();
    StorageSettings local = new StorageSettings(null, null, null, null, null);
    assertThat(config.fileStore(local, root)).isInstanceOf(LocalFileStore.class);
    assertThat(config.fileStore(local, root).describe()).contains(root.resolve("files").toString());
    StorageSettings s3 =
        new StorageSettings(
            null,
            new StorageSettings.S3("http://127.0.0.1:9", "auto", "b", true, "AKID", "secret"),
            null,
            null,
            null);
    FileStore store = config.fileStore(s3, root);
    assertThat(store).isInstanceOf(S3FileStore.class);
    assertThat(store.describe()).isEqualTo("S3 bucket b at http://127.0.0.1:9");
    assertThat(s3.s3().toString()).doesNotContain("secret").doesNotContain("AKID");
    ((S3FileStore) store).close();
  }
}
