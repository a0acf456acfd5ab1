package com.didtron.activities.cdr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox's file operations, none of which follows a symbolic link: attributes are read from the
 * link itself, files are opened with {@code O_NOFOLLOW}, a link is moved (renamed) as the link, and
 * {@code done/}/{@code failed/} are used only when they are plain directories.
 */
final class InboxDisk {
  static final String REASON_SUFFIX = ".reason.txt";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private InboxDisk() {}

  /** The entry's own attributes (a link is a link), or null when it is gone. */
  static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of a directory, by name. */
  static List<Path> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(Path::getFileName)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isCsv(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  static boolean isPlainDirectory(Path p) {
    BasicFileAttributes a = attributes(p);
    return a != null && a.isDirectory() && !a.isSymbolicLink();
  }

  /** Why an entry that looks like a CDR file is not read, or null for a regular file. */
  static String refusal(BasicFileAttributes a) {
    if (a.isSymbolicLink()) {
      return "refused: a symbolic link (links are never followed; copy the file itself into the inbox)";
    }
    if (a.isRegularFile()) {
      return null;
    }
    return a.isDirectory()
        ? "refused: a directory with a .csv name"
        : "refused: not a regular file (a pipe, socket or device)";
  }

  /**
   * Moves {@code entry} (a link as the link) into {@code <tenantDir>/<folder>/<stamp>-<name>} and,
   * with a reason, writes it beside as {@code <that name>.reason.txt}. Returns false, moving
   * nothing, when the folder exists but is not a plain directory.
   */
  static boolean moveInto(
      Path entry, Path tenantDir, String folder, String stampedName, String reason)
      throws IOException {
    Path target = tenantDir.resolve(folder);
    if (attributes(target) == null) {
      Files.createDirectory(target);
    }
    if (!isPlainDirectory(target)) {
      return false;
    }
    Files.move(entry, target.resolve(stampedName), StandardCopyOption.REPLACE_EXISTING, NOFOLLOW);
    if (reason != null) {
      Path sidecar = target.resolve(stampedName + REASON_SUFFIX);
      Files.deleteIfExists(sidecar);
      try (Writer w =
          Files.newBufferedWriter(
              sidecar, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW)) {
        w.write(reason + System.lineSeparator());
      }
    }
    return true;
  }
}
