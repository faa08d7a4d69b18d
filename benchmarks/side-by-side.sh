#!/usr/bin/env bash
# A benchmark, not a test: this checkout's plugin against another installed version of it, on the same machine and
# the same workload, run by run in turn: apply of 15,000 key pairs into an empty store (30 regions of 500), then the
# no-op plan after it. For a change that must not be slower (performance.md): install the version to compare with
# first (e.g. from a clone of the earlier commit, its version set to 0.1.0-BASELINE), then
#   benchmarks/side-by-side.sh 0.1.0-BASELINE [RUNS=5] [REGIONS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
other=$1
runs=${2:-5}
regions=${3:-30}
source benchmarks/workload.sh
make_workload side-by-side "$regions" 500 empty
declare -A applies plans
for run in $(seq "$runs"); do
  # Alternate which goes first, so that neither always meets a warmer disk cache.
  order=("$version" "$other")
  if (( run % 2 == 0 )); then order=("$other" "$version"); fi
  for each in "${order[@]}"; do
    rm -f "$work"/store.db*
    applies[$each]+="$(mvn_seconds "dev.keypairs:keypairs-maven-plugin:$each:apply" "-Dkeypairs.store=sqlite:$work/store.db") "
    plans[$each]+="$(mvn_seconds "dev.keypairs:keypairs-maven-plugin:$each:plan" "-Dkeypairs.store=sqlite:$work/store.db") "
  done
done
for each in "$other" "$version"; do
  # shellcheck disable=SC2086
  printf '%-16s %6d key pairs   apply median %6.2f s (%s)   no-op plan median %5.2f s (%s)\n' "$each" \
    "$((regions * 500))" "$(median ${applies[$each]})" "${applies[$each]% }" "$(median ${plans[$each]})" \
    "${plans[$each]% }"
done
