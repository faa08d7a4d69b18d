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
source benchmarks/workload.sh
make_workload apply "$regions" "$per_region" empty

applies=(); plans=()
for run in $(seq "$runs"); do
  rm -f "$work"/store.db*
  applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
  grep -q "\"import\" : $((regions * per_region))" "$work/target/keypairs/apply.json" || { echo "apply.json: not all imported"; exit 1; }
  plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  grep -q "\"noop\" : $((regions * per_region))" "$work/target/keypairs/plan.json" || { echo "plan.json: not a no-op plan"; exit 1; }
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf 'mvn keypairs:apply (%d imports, empty store)  median %6.2f s   runs: %s\n' "$((regions * per_region))" \
  "$(median "${applies[@]}")" "$(printf '%.2f ' "${applies[@]}")"
printf 'mvn keypairs:plan  (%d no-ops after it)       median %6.2f s   runs: %s\n' "$((regions * per_region))" \
  "$(median "${plans[@]}")" "$(printf '%.2f ' "${plans[@]}")"
