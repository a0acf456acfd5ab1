package com.didtron.activities.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live. Keys are made up by {@link StoredFiles} (never from user
 * input). One adapter is active: {@link LocalFileStore} (default) or {@link S3FileStore}.
 */
interface FileStore {
  /**
   * Stores the staged file under {@code key}, taking it over (the staged file is gone after). A
   * reader sees either nothing or the whole file.
   */
  void put(String key, Path staged, String contentType) throws IOException;

  /** The bytes under {@code key}; the caller closes the stream. */
  InputStream get(String key) throws IOException;

  /** Removes the object; a missing one is not an error. */
  void delete(String key) throws IOException;

  /** Whether an object is stored under {@code key}. */
  boolean exists(String key) throws IOException;

  /** What the health page and the log say about this store (never a secret). */
  String describe();
}
