package com.didtron.activities.storage;

import com.didtron.activities.input.CappedInputStream;
import com.didtron.domain.storage.ContentSniffer;
import com.didtron.domain.storage.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Streams an upload to a temporary file next to the store, in bounded memory: counts the bytes
 * against the kind's cap (stops at the first byte beyond), computes the SHA-256 and keeps the first
 * bytes to tell the content type. Whatever goes wrong, the temporary file is removed.
 */
final class Staging {
  private final Path dir;

  Staging(Path dir) {
    this.dir = dir;
  }

  /** The staged file with what was learnt while writing it. */
  record Staged(Path file, long size, String sha256, Optional<ContentType> type) {}

  Staged stage(InputStream in, long cap, String what, String setting) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(UUID.randomUUID() + ".part");
    try (InputStream capped = new CappedInputStream(in, cap, what, setting);
        FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputStream out = Channels.newOutputStream(channel);
      MessageDigest sha = sha256();
      byte[] head = new byte[ContentSniffer.HEAD];
      int headLength = 0;
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      for (int n = capped.read(buffer); n >= 0; n = capped.read(buffer)) {
        if (headLength < head.length) {
          int take = Math.min(n, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
        size += n;
      }
      channel.force(true);
      return new Staged(
          file,
          size,
          HexFormat.of().formatHex(sha.digest()),
          ContentSniffer.detect(head, (int) Math.min(size, Integer.MAX_VALUE)));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
