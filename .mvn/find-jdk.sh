# Sourced by ./mvnw and ./didtron: makes JAVA_HOME point at a JDK >= 21 and sets
# DIDTRON_JAVA_MAJOR to its major version.
# Order: JAVA_HOME, the java on PATH, then the usual install locations.
# Prints one clear line and returns 1 when no such JDK exists.
# POSIX sh (mvnw runs under /bin/sh). With JAVA_HOME set to a JDK that has a release file it starts
# no process at all: `./didtron rate` sources this on every run.

# Sets DIDTRON_JAVA_MAJOR to the major version of the java binary $1 (empty when unknown).
didtron_read_java_major() {
  DIDTRON_JAVA_MAJOR=
  # the JDK's release file answers without starting a JVM (a second or so on a busy machine)
  didtron_release="${1%/bin/java}/release"
  if [ -f "$didtron_release" ]; then
    while IFS= read -r didtron_line || [ -n "$didtron_line" ]; do
      case $didtron_line in
        JAVA_VERSION=\"[0-9]*)
          didtron_line=${didtron_line#JAVA_VERSION=\"}
          DIDTRON_JAVA_MAJOR=${didtron_line%%[!0-9]*}
          return 0
          ;;
      esac
    done < "$didtron_release"
  fi
  DIDTRON_JAVA_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1)
}

didtron_java_major() { # $1 = java binary; prints its major version
  didtron_read_java_major "$1"
  echo "$DIDTRON_JAVA_MAJOR"
}

# True when $1 is a JDK (java and javac) of major version 21 or newer; sets DIDTRON_JAVA_MAJOR.
didtron_is_jdk21() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  didtron_read_java_major "$1/bin/java"
  [ -n "$DIDTRON_JAVA_MAJOR" ] && [ "$DIDTRON_JAVA_MAJOR" -ge 21 ] 2>/dev/null
}

didtron_find_jdk() {
  local candidate noglob=
  if [ -n "${JAVA_HOME:-}" ] && didtron_is_jdk21 "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  case $- in *f*) noglob=1; set +f ;; esac
  for candidate in \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if didtron_is_jdk21 "$candidate"; then
      export JAVA_HOME="$candidate"
      [ -z "$noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$noglob" ] || set -f
  echo "didtron: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one and set JAVA_HOME." >&2
  return 1
}
