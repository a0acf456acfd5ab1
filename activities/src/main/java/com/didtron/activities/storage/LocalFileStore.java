package com.didtron.activities.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Files in a directory (default {@code <data-dir>/files}): each key is a relative path under it. A
 * file is staged in {@code .staging} on the same disk, synced, then moved into place atomically and
 * its directory synced, so a crash leaves either the whole file or none.
 */
final class LocalFileStore implements FileStore {
  static final Pattern KEY = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");

  private final Path root;

  LocalFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, Path staged, String contentType) throws IOException {
    Path target = pathOf(key);
    Files.createDirectories(target.getParent());
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(target.getParent());
  }

  @Override
  public InputStream get(String key) throws IOException {
    return Files.newInputStream(pathOf(key));
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  @Override
  public boolean exists(String key) throws IOException {
    return Files.isRegularFile(pathOf(key));
  }

  @Override
  public String describe() {
    return "local directory " + root;
  }

  /** The file of {@code key}; a key that is not one of ours is refused, never resolved. */
  Path pathOf(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Not a storage key");
    }
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Not a storage key");
    }
    return path;
  }

  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      // some file systems cannot open a directory for syncing; the file itself is synced
    }
  }
}
