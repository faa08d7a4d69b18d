#!/usr/bin/env bash
# A benchmark, not a test: `mvn keypairs:plan` with nothing to change, on a project of REGIONS x PER_REGION key
# pairs whose embedded store already holds them all, next to Maven's own start-up on the same project
# (`mvn validate`, which loads the project and runs no plugin). Whole mvn processes, MAVEN_OPTS=-Xmx256m.
#
#   benchmarks/plan-noop.sh [REGIONS=30] [PER_REGION=500] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:-30}
per_region=${2:-500}
runs=${3:-5}
source benchmarks/workload.sh
make_workload plan-noop "$regions" "$per_region" seed

measure() { # label, then the mvn arguments; prints each run and the median in seconds
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    times+=("$(mvn_seconds "$@")")
  done
  printf '%-34s median %6.2f s   runs: %s\n' "$label" "$(median "${times[@]}")" "$(printf '%.2f ' "${times[@]}")"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), Maven $("$root/mvnw" -q -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
measure "mvn validate (Maven start-up)" validate
measure "mvn keypairs:plan ($((regions * per_region)) no-ops)" keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db"
grep -E 'No changes|Plan:' "$work/last.log" || true
grep -q '"noop" : '"$((regions * per_region))" "$work/target/keypairs/plan.json" \
  && echo "plan.json: $((regions * per_region)) no-ops" || { echo "plan.json is not the expected no-op plan"; exit 1; }
