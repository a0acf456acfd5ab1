package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compiler directives the launcher gives {@code didtron rate} (deck loading stays on C1) still
 * name classes and methods that exist: a renamed class would silently drop out of the policy.
 */
class RateCompilerDirectivesTest {
  private static final Path FILE = Path.of("src/main/launcher/rate-compiler-directives.json");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  @Test
  void everyPatternNamesAnExistingClassAndMethod() throws Exception {
    List<String> patterns = patterns();
    assertThat(patterns).isNotEmpty();
    for (String pattern : patterns) {
      int dot = pattern.lastIndexOf('.');
      String type = pattern.substring(0, dot).replace('/', '.');
      String method = pattern.substring(dot + 1);
      Class<?> found =
          Class.forName(type.endsWith("*") ? type.substring(0, type.length() - 1) : type);
      if (!method.equals("*")) {
        assertThat(Arrays.stream(found.getDeclaredMethods()).map(Method::getName))
            .as(pattern)
            .contains(method);
      }
    }
  }

  @Test
  void theDirectivesKeepDeckLoadingOffC2Only() throws IOException {
    String text = Files.readString(FILE);
    assertThat(text).contains("c2: { Exclude: true }").doesNotContain("c1:");
    assertThat(patterns()).noneMatch(p -> p.contains("offline/") || p.contains("UnionBatch"));
  }

  private static List<String> patterns() throws IOException {
    String text = Files.readString(FILE);
    String match =
        text.substring(text.indexOf("match:"), text.indexOf(']', text.indexOf("match:")));
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(match);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
