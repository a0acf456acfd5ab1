package com.didtron.app.kamailio;

import com.didtron.app.platform.StartupProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Host, port and database of a {@code jdbc:postgresql://host[:port]/database[?…]} URL. */
record JdbcTarget(String host, int port, String database) {
  private static final Pattern URL =
      Pattern.compile("^jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?$");

  static JdbcTarget parse(String url) {
    Matcher m = URL.matcher(url == null ? "" : url.strip());
    if (!m.matches()) {
      throw new StartupProblem(
          "the switch needs a database URL of the form"
              + " jdbc:postgresql://host:port/database, not "
              + url);
    }
    String host = m.group(1).equals("localhost") ? "127.0.0.1" : m.group(1);
    return new JdbcTarget(
        host, m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3));
  }
}
