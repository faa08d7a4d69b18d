# Sourced by the benchmark scripts: builds the plugin and writes a workload project (PlanWorkload) into $work.
#   make_workload NAME REGIONS PER_REGION seed|empty [alibaba|tencent]   → sets $work, exports MAVEN_OPTS=-Xmx256m
# KEYPAIRS_BUILT=1 uses the plugin installed already (no build).
# KEYPAIRS_JVM_CONFIG, when set, becomes the workload's .mvn/jvm.config (e.g. -XX:TieredStopAtLevel=1).
root=$PWD
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)

make_workload() {
  if [ -z "${plugin_built:-}" ] && [ -z "${KEYPAIRS_BUILT:-}" ]; then # once per script
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

# The start-up workload as issue 28 measures it (startup.sh, startup-jars.sh): the no-op plan of 1,000 key pairs
# (2 regions x 500, a seeded sqlite: store) in a scratch project with a bare pom, for the system Maven with the JVM's
# defaults.   make_startup_workload   → sets $work, $plugin (its coordinates), $installed (its jar), $mvn
make_startup_workload() {
  make_workload startup 2 500 seed
  unset MAVEN_OPTS
  rm -rf "$work/.mvn"
  cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.keypairs.benchmark</groupId>
  <artifactId>startup</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
  plugin="dev.keypairs:keypairs-maven-plugin:$version"
  installed="$HOME/.m2/repository/dev/keypairs/keypairs-maven-plugin/$version/keypairs-maven-plugin-$version.jar"
  mvn=$(command -v mvn)
  if "$mvn" -v 2>/dev/null | grep -q 'Maven 3\.[0-8]\.' \
      && [ ! -f "$HOME/.m2/repository/org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar" ]; then
    # Maven before 3.9 adds plexus-utils 1.1 to every plugin without one, and offline it must be there already.
    echo "run once, online: mvn dependency:get -Dartifact=org.codehaus.plexus:plexus-utils:1.1" >&2; exit 1
  fi
}

# Runs mvn on the workload with the arguments; prints the wall-clock seconds. Stops on a failed run.
mvn_seconds() {
  local start end
  start=$(date +%s.%N)
  "$root/mvnw" -q -B -o -f "$work/pom.xml" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# Writes a Terraform project in $tf holding the same COUNT key pairs as the workload in WORK (2 regions) as
# `terraform_data` resources (built in: no provider, no network), each with what the manifest declares: name,
# region, the public key read with file() from the same .pub file, the tags; runs `terraform init`.
#   make_terraform COUNT WORK   → sets $tf; tf_seconds ARGS... prints the wall-clock seconds of `terraform ARGS`
make_terraform() {
  local count=$1 from=$2 region i
  tf="$root/target/benchmark/terraform-$count"
  rm -rf "$tf" && mkdir -p "$tf"
  ln -s "$from/keys" "$tf/keys"
  for region in $(sed -n 's/^  \([a-z0-9-]*\):$/\1/p' "$from/keypairs.yaml"); do
    for i in $(seq 0 $((count / 2 - 1))); do
      printf 'resource "terraform_data" "%s_key_%04d" {\n  input = {\n    name       = "key_%04d"\n' "$region" "$i" "$i"
      printf '    region     = "%s"\n    public_key = file("keys/k%d.pub")\n    tags       = { owner = "platform" }\n  }\n}\n' \
        "$region" "$i"
    done
  done > "$tf/main.tf"
  export TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1
  (cd "$tf" && terraform init -input=false >/dev/null)
}

tf_seconds() {
  local start end
  start=$(date +%s.%N)
  (cd "$tf" && terraform "$@" >"$tf/last.log" 2>&1) || { cat "$tf/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
