package com.didtron.app.kamailio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The local switch's runtime directory, {@code <data-dir>/switch}: the configuration written at
 * start ({@code kamailio.cfg} from {@code docker/kamailio/} and {@code didtron-local.cfg} with the
 * listening addresses and the database URL), the pid file, the log and {@code switch.properties}
 * (the ports the running switch uses, read by {@code didtron switch status}).
 */
public record SwitchRuntime(Path dir) {
  public static SwitchRuntime of(Path dataDir) {
    return new SwitchRuntime(dataDir.toAbsolutePath().normalize().resolve("switch"));
  }

  Path config() {
    return dir.resolve("kamailio.cfg");
  }

  Path localConfig() {
    return dir.resolve("didtron-local.cfg");
  }

  public Path pidFile() {
    return dir.resolve("kamailio.pid");
  }

  public Path log() {
    return dir.resolve("kamailio.log");
  }

  private Path state() {
    return dir.resolve("switch.properties");
  }

  /**
   * Writes the configuration; {@code local} holds the password, so it is readable by its owner
   * only.
   */
  void writeConfig(String local) throws IOException {
    Files.createDirectories(dir);
    try (InputStream in = SwitchRuntime.class.getResourceAsStream("/kamailio/kamailio.cfg")) {
      if (in == null) {
        throw new IOException("kamailio.cfg is missing from the application (docker/kamailio/)");
      }
      Files.write(config(), in.readAllBytes());
    }
    Files.deleteIfExists(localConfig());
    Files.createFile(
        localConfig(),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(localConfig(), local);
  }

  void writeState(SwitchEndpoints endpoints) throws IOException {
    Properties p = new Properties();
    p.setProperty("sip.address", endpoints.sipAddress());
    p.setProperty("sip.port", String.valueOf(endpoints.sipPort()));
    p.setProperty("rpc.port", String.valueOf(endpoints.rpcPort()));
    try (OutputStream out = Files.newOutputStream(state())) {
      p.store(out, "the local switch started by didtron");
    }
  }

  /** The endpoints of the last start, if any. */
  Optional<SwitchEndpoints> readState() {
    if (!Files.exists(state())) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(state())) {
      p.load(in);
      return Optional.of(
          new SwitchEndpoints(
              p.getProperty("sip.address"),
              Integer.parseInt(p.getProperty("sip.port")),
              Integer.parseInt(p.getProperty("rpc.port"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The pid of a live switch on this directory, if one runs. */
  public Optional<Long> runningPid() {
    try {
      if (!Files.exists(pidFile())) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile()).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
