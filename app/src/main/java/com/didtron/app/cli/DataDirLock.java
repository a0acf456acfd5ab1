package com.didtron.app.cli;

import com.didtron.app.platform.StartupProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One platform per data directory: an OS file lock on {@code <data-dir>/didtron.lock}, held for the
 * life of the process (the OS releases it when the process ends, even after a crash). A second
 * start on the same directory stops before touching the database.
 */
final class DataDirLock {
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dataDir) {
    Path file = dataDir.resolve("didtron.lock");
    try {
      Files.createDirectories(dataDir);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        channel.close();
        throw new StartupProblem(
            "data directory "
                + dataDir
                + " is in use by another DIDTron"
                + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + "; stop it first or start with another --data-dir");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
      return new DataDirLock(channel, lock);
    } catch (IOException e) {
      throw new StartupProblem("cannot use data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  void release() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the OS releases the lock when the process ends
    }
  }
}
