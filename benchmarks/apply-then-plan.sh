#!/usr/bin/env bash
# A benchmark, not a test: `mvn keypairs:apply` of REGIONS x PER_REGION Alibaba key pairs into an empty embedded
# store, then the no-op `mvn keypairs:plan` after it. Whole mvn processes, MAVEN_OPTS=-Xmx256m; each run on a
# fresh store.
#
#   benchmarks/apply-then-plan.sh [REGIONS=2] [PER_REGION=500] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:-2}
per_region=${2:-500}
runs=${3:-3}
root=$PWD
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)

./mvnw -q -B install -DskipTests
./mvnw -q -B -pl engine dependency:build-classpath -Dmdep.outputFile="$root/engine/target/classpath.txt" >/dev/null
work="$root/target/benchmark/apply-$regions-$per_region"
rm -rf "$work"
java -cp "$root/engine/target/test-classes:$root/engine/target/classes:$(cat "$root/engine/target/classpath.txt")" \
  dev.keypairs.workflow.PlanWorkload "$work" "$regions" "$per_region" "$version" empty

export MAVEN_OPTS=-Xmx256m
seconds() { # runs mvn with the arguments; prints the wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$root/mvnw" -q -B -o -f "$work/pom.xml" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
applies=(); plans=()
for run in $(seq "$runs"); do
  rm -f "$work"/store.db*
  applies+=("$(seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
  grep -q "\"import\" : $((regions * per_region))" "$work/target/keypairs/apply.json" || { echo "apply.json: not all imported"; exit 1; }
  plans+=("$(seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  grep -q "\"noop\" : $((regions * per_region))" "$work/target/keypairs/plan.json" || { echo "plan.json: not a no-op plan"; exit 1; }
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf 'mvn keypairs:apply (%d imports, empty store)  median %6.2f s   runs: %s\n' "$((regions * per_region))" \
  "$(median "${applies[@]}")" "$(printf '%.2f ' "${applies[@]}")"
printf 'mvn keypairs:plan  (%d no-ops after it)       median %6.2f s   runs: %s\n' "$((regions * per_region))" \
  "$(median "${plans[@]}")" "$(printf '%.2f ' "${plans[@]}")"
