#!/usr/bin/env bash
# A benchmark, not a test: `mvn keypairs:export` of a whole account (REGIONS x PER_REGION key pairs, the embedded
# store holding them all), then the plan against it, which must say No changes. Whole mvn processes,
# MAVEN_OPTS=-Xmx256m; each run exports into a fresh directory.
#
#   benchmarks/export.sh [REGIONS=30] [PER_REGION=500] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${1:-30}
per_region=${2:-500}
runs=${3:-3}
source benchmarks/workload.sh
make_workload export "$regions" "$per_region" seed
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
times=()
for run in $(seq "$runs"); do
  rm -rf "$work/exported"
  times+=("$(mvn_seconds keypairs:export "-Dkeypairs.store=sqlite:$work/store.db" "-Dkeypairs.export.regions=alibaba/*" \
    "-Dkeypairs.export.to=exported/keypairs.yaml")")
done
printf 'mvn keypairs:export (%d key pairs)  median %6.2f s   runs: %s\n' "$((regions * per_region))" \
  "$(median "${times[@]}")" "$(printf '%.2f ' "${times[@]}")"
echo "key files: $(find "$work/exported/keys" -name '*.pub' | wc -l)"
# failOnChanges: the plan fails the run (and this script) unless the export plans clean.
plan=$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db" "-Dkeypairs.manifests=exported/keypairs.yaml" \
  -Dkeypairs.failOnChanges=true)
echo "the plan of the export: no changes ($plan s)"
