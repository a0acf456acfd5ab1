# Sourced by ./mvnw and ./didtron: makes JAVA_HOME point at a JDK >= 21.
# Order: JAVA_HOME, the java on PATH, then the usual install locations.
# Prints one clear line and returns 1 when no such JDK exists.

didtron_java_major() { # $1 = java binary; prints its major version
  # the JDK's release file answers without starting a JVM (a second or so on a busy machine)
  local release major
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1)
    if [ -n "$major" ]; then
      echo "$major"
      return 0
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}

didtron_find_jdk() {
  local candidate major noglob=
  case $- in *f*) noglob=1; set +f ;; esac
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(didtron_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      [ -z "$noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$noglob" ] || set -f
  echo "didtron: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one and set JAVA_HOME." >&2
  return 1
}
