package com.didtron.app.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded PostgreSQL's superuser password, generated on the first start and kept in {@code
 * <data-dir>/pg-password} (mode 0600), and the pg_hba.conf that demands it.
 */
public final class PgPassword {
  public static final String FILE = "pg-password";
  static final String HBA =
      """
      # Written by DIDTron: every connection signs in with the password in <data-dir>/pg-password.
      # TYPE  DATABASE  USER  ADDRESS       METHOD
      local   all       all                 scram-sha-256
      host    all       all   0.0.0.0/0     scram-sha-256
      host    all       all   ::/0          scram-sha-256
      """;

  private PgPassword() {}

  /** The stored password; a new random one (stored with mode 0600) when there is none yet. */
  public static String readOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String password = HexFormat.of().formatHex(random);
      try {
        if (Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
      } catch (FileAlreadyExistsException raced) {
        // another process wrote it first: use theirs
      }
    }
    String password = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (password.isEmpty()) {
      throw new IOException(
          file + " is empty: restore the password or remove the file on a new data directory");
    }
    return password;
  }

  /** Writes the password-only pg_hba.conf; true when it changed (the server must reload it). */
  static boolean writeHba(Path pgDir) throws IOException {
    Path hba = pgDir.resolve("pg_hba.conf");
    if (Files.exists(hba) && Files.readString(hba).equals(HBA)) {
      return false;
    }
    Files.writeString(hba, HBA, StandardCharsets.UTF_8);
    return true;
  }
}
