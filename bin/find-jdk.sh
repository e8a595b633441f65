# Sourced by ./storywire and ./run-tests: sets JAVA_HOME to a JDK >= 21, or explains and exits.
# Order: $JAVA_HOME when it is new enough, else the newest JDK in the system's JVM folder,
# else the java on PATH when it is new enough. Nothing to install by hand on a fresh machine.

STORYWIRE_MIN_JAVA=21

storywire_java_major() {
  local version
  version=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  case "$version" in
    1.*) echo "${version#1.}" | cut -d. -f1 ;;
    "") echo 0 ;;
    *) echo "$version" | cut -d. -f1 | cut -d- -f1 ;;
  esac
}

storywire_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
      && [ "$(storywire_java_major "$JAVA_HOME")" -ge "$STORYWIRE_MIN_JAVA" ]; then
    export JAVA_HOME
    return 0
  fi
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/* /usr/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/javac" ] || continue
    major=$(storywire_java_major "$home")
    if [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ -z "$best" ] || [ "$best_major" -lt "$STORYWIRE_MIN_JAVA" ]; then
    if command -v javac >/dev/null 2>&1; then
      home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
      major=$(storywire_java_major "$home")
      if [ "$major" -ge "$STORYWIRE_MIN_JAVA" ]; then best="$home"; best_major="$major"; fi
    fi
  fi
  if [ -z "$best" ] || [ "$best_major" -lt "$STORYWIRE_MIN_JAVA" ]; then
    echo "storywire: needs a JDK $STORYWIRE_MIN_JAVA or newer; none found in JAVA_HOME, the system's JVM folder or PATH." >&2
    echo "storywire: install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME." >&2
    exit 3
  fi
  export JAVA_HOME="$best"
}
