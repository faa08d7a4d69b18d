#!/usr/bin/env bash
# A benchmark, not a test: the no-op plan of 1,000 key pairs (2 regions x 500) on sqlite: against a bare
# `mvn validate` of the same project, the two alternated run by run, JVM defaults (no .mvn/jvm.config),
# MAVEN_OPTS=-Xmx256m; medians and their ratio (performance.md: the target is at most 1.5).
#   benchmarks/startup.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source benchmarks/workload.sh
make_workload startup 2 500 seed
validate=(); plan=()
for _ in $(seq "$runs"); do
  validate+=("$(mvn_seconds validate)")
  plan+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
done
v=$(median "${validate[@]}"); p=$(median "${plan[@]}")
printf 'mvn validate                      median %5.2f s   runs: %s\n' "$v" "$(printf '%.2f ' "${validate[@]}")"
printf 'mvn keypairs:plan (1000 no-ops)   median %5.2f s   runs: %s\n' "$p" "$(printf '%.2f ' "${plan[@]}")"
printf 'ratio %.2f\n' "$(echo "$p / $v" | bc -l)"
