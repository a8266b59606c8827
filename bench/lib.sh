# Shared by bench/run, bench/synth and bench/compare (sourced, not run): finding a JDK 21+ and
# building the benchmark's jar and harness into its own Maven build folder.
#
# Reads: ROOT (the project), BUILD_DIR (the build folder, relative to ROOT or absolute),
# BENCH_MVN_OPTS, BENCH_SKIP_BUILD. Sets: BUILD, JAVA, JAVA_MAJOR, JDK, JDK_VERSION, JDK_VENDOR, JAR.

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 2; }

case $BUILD_DIR in /*) BUILD=$BUILD_DIR ;; *) BUILD=$ROOT/$BUILD_DIR ;; esac

# Major version of a java binary, from the JDK's release file or `java -version`; empty when unknown.
java_major() {
  local bin=$1 real home version=
  real=$(readlink -f "$bin" 2>/dev/null || printf '%s' "$bin")
  home=$(dirname "$(dirname "$real")")
  if [ -r "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$bin" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case $version in 1.*) version=${version#1.} ;; esac
  printf '%s' "${version%%[!0-9]*}"
}

# A JDK 21+ (with javac: the benchmark builds): JAVA_HOME, then PATH, then the newest under /usr/lib/jvm.
find_jdk() {
  JAVA= JAVA_MAJOR=0
  local candidate
  if [ -n "${JAVA_HOME:-}" ]; then consider_java "$JAVA_HOME/bin/java"; fi
  if [ -z "$JAVA" ] && command -v java >/dev/null 2>&1; then consider_java "$(command -v java)"; fi
  if [ -z "$JAVA" ]; then
    for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
      consider_java "$candidate"
    done
  fi
  [ -n "$JAVA" ] || die "needs a JDK 21 or newer: set JAVA_HOME to one, put it on PATH or install it under /usr/lib/jvm"
  JDK=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
  JDK_VERSION=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$JDK/release" 2>/dev/null || true)
  JDK_VENDOR=$(sed -n 's/^IMPLEMENTOR="\([^"]*\)".*/\1/p' "$JDK/release" 2>/dev/null || true)
}

consider_java() {
  local major
  [ -x "$1" ] && [ -x "$(dirname "$(readlink -f "$1")")/javac" ] || return 0
  major=$(java_major "$1")
  if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$JAVA_MAJOR" ]; then
    JAVA=$1 JAVA_MAJOR=$major
  fi
}

# Runs `mvn package` (tests skipped) in the project folder $1 with the JDK found, passing the other
# arguments to Maven; its output goes to stderr.
maven_package() {
  local dir=$1 maven_opts=${MAVEN_OPTS:-}
  shift
  [ "$JAVA_MAJOR" -ge 24 ] && maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"
  # as the launcher: no stray colour resets (ESC[0m) from Maven 3.8's console library in the log
  maven_opts="$maven_opts -Djansi.noreset=true"
  # shellcheck disable=SC2086 # BENCH_MVN_OPTS is a list of options
  (cd "$dir" && JAVA_HOME=$JDK MAVEN_OPTS=$maven_opts mvn -q ${BENCH_MVN_OPTS:-} -DskipTests "$@" package >&2)
}

# Builds the jar (with its lib/) and the test classes (the harness) into BUILD, unless BENCH_SKIP_BUILD=1.
build_jar() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "building the jar and the harness into $BUILD_DIR with Java $JAVA_MAJOR"
    maven_package "$ROOT" -DbuildDir="$BUILD" || die "the build failed"
  fi
  JAR=$(find "$BUILD" -maxdepth 1 -name 'alsoread-*.jar' ! -name '*-sources.jar' ! -name '*-tests.jar' -print -quit 2>/dev/null)
  [ -n "$JAR" ] && [ -d "$BUILD/test-classes/io/alsoread/bench" ] || die "no jar or harness in $BUILD; run without BENCH_SKIP_BUILD=1"
}

# Runs a harness class of src/test/java with the build's classes and libraries.
harness() {
  local main=$1
  shift
  # shellcheck disable=SC2086 # ALSOREAD_JAVA_OPTS is a list of options
  "$JAVA" --enable-native-access=ALL-UNNAMED ${ALSOREAD_JAVA_OPTS:-} \
    -cp "$BUILD/classes:$BUILD/test-classes:$BUILD/lib/*" "$main" "$@"
}
