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
 * started, so no real build runs. A rate run checks only the sources it runs (rating, domain, the
 * rate command), so that its start stays short.
 */
class LauncherBuildTest {
  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void buildsInTheProjectRootWhenStartedFromAnotherDirectory(@TempDir Path dir) throws Exception {
    Path root = project(dir);
    changed(root, "rating/src/main/java/Changed.java");
    Path elsewhere = Files.createDirectories(dir.resolve("operator-data"));

    Run run = run(root, elsewhere, "rate", "--help");

    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("didtron: the build failed");
    assertThat(Files.readString(root.resolve("built-in")).strip())
        .isEqualTo(root.toRealPath().toString());
  }

  @Test
  void aRateRunRebuildsOnlyForTheSourcesItRuns(@TempDir Path dir) throws Exception {
    Path root = project(dir);
    changed(root, "activities/src/main/java/Elsewhere.java");

    Run rate = run(root, root, "rate", "--help");

    assertThat(rate.output()).doesNotContain("building the platform");
    assertThat(root.resolve("built-in")).doesNotExist();

    Run other = run(root, root, "--help");

    assertThat(other.exit()).as(other.output()).isEqualTo(1);
    assertThat(other.output()).contains("didtron: the build failed");
    assertThat(root.resolve("built-in")).exists();
  }

  /** A copy of the project's layout: the launcher, its JDK finder, a stale jar, a fake mvnw. */
  private static Path project(Path dir) throws Exception {
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
    return root;
  }

  private static void changed(Path root, String file) throws Exception {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "class Changed {}\n");
  }

  private record Run(int exit, String output) {}

  private static Run run(Path root, Path workingDirectory, String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = root.resolve("didtron").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    Process p =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), output);
  }
}
