package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher rebuilds the platform when sources are newer than the jar, also when it is started
 * from another directory (an operator's data directory): Maven must run in the project's root. The
 * launcher runs here in a copy of the project's layout whose {@code mvnw} only records where it was
 * started, so no real build runs.
 */
class LauncherBuildTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void buildsInTheProjectRootWhenStartedFromAnotherDirectory(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("didtron"));
    Files.copy(PROJECT.resolve("didtron"), root.resolve("didtron"));
    Files.createDirectories(root.resolve(".mvn"));
    Files.copy(PROJECT.resolve(".mvn/find-jdk.sh"), root.resolve(".mvn/find-jdk.sh"));
    Path mvnw =
        Files.writeString(
            root.resolve("mvnw"),
            "#!/usr/bin/env bash\npwd > \"$(dirname \"$0\")/built-in\"\nexit 3\n");
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path jar = Files.createDirectories(root.resolve("app/target")).resolve("didtron.jar");
    Files.writeString(jar, "not a jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.writeString(
        Files.createDirectories(root.resolve("app/src/main/java")).resolve("Changed.java"),
        "class Changed {}\n");
    Path elsewhere = Files.createDirectories(dir.resolve("operator-data"));

    Process p =
        new ProcessBuilder("bash", root.resolve("didtron").toString(), "rate", "--help")
            .directory(elsewhere.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains("didtron: the build failed");
    assertThat(Files.readString(root.resolve("built-in")).strip())
        .isEqualTo(root.toRealPath().toString());
  }
}
