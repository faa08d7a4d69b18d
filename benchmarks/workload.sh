# Sourced by the benchmark scripts: builds the plugin and writes a workload project (PlanWorkload) into $work.
#   make_workload NAME REGIONS PER_REGION seed|empty [alibaba|tencent]   → sets $work, exports MAVEN_OPTS=-Xmx256m
# KEYPAIRS_JVM_CONFIG, when set, becomes the workload's .mvn/jvm.config (e.g. -XX:TieredStopAtLevel=1).
root=$PWD
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)

make_workload() {
  if [ -z "${plugin_built:-}" ]; then # once per script
    ./mvnw -q -B install -DskipTests -Dinvoker.skip=true
    ./mvnw -q -B -pl engine dependency:build-classpath -Dmdep.outputFile="$root/engine/target/classpath.txt" >/dev/null
    plugin_built=1
  fi
  work="$root/target/benchmark/$1-$2-$3${KEYPAIRS_JVM_CONFIG:+-jvmconfig}"
  rm -rf "$work"
  java -cp "$root/engine/target/test-classes:$root/engine/target/classes:$(cat "$root/engine/target/classpath.txt")" \
    dev.keypairs.workflow.PlanWorkload "$work" "$2" "$3" "$version" "$4" "${5:-alibaba}"
  export MAVEN_OPTS=-Xmx256m
}

# Runs mvn on the workload with the arguments; prints the wall-clock seconds. Stops on a failed run.
mvn_seconds() {
  local start end
  start=$(date +%s.%N)
  "$root/mvnw" -q -B -o -f "$work/pom.xml" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
