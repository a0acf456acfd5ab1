package com.didtron.activities.creditcontrol;

import com.didtron.activities.Facade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The shared secret between the switch and credit control's loopback listener ({@link
 * AuthoriseServer}): set by {@code didtron.switch.authorise-token}, else generated once per data
 * directory and kept in {@code <data-dir>/switch-authorise-token} (mode 0600). The switch sends it
 * as the {@code key} query parameter of every request; without it the listener answers 403.
 */
@Facade
public final class AuthoriseToken {
  public static final String FILE = "switch-authorise-token";

  private AuthoriseToken() {}

  /** {@code configured} when set, else the data directory's token (created when missing). */
  public static String resolve(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    try {
      return readOrCreate(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or create " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /** The data directory's token; a new random one (stored with mode 0600) when there is none. */
  public static String readOrCreate(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      try {
        if (Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
        Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
      } catch (FileAlreadyExistsException raced) {
        // another process wrote it first: use theirs
      }
    }
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new IOException(file + " is empty: remove it and restart the platform and the switch");
    }
    return token;
  }

  /** Whether {@code presented} is {@code expected}, in constant time. */
  static boolean matches(String expected, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
