#!/usr/bin/env bash
# A benchmark, not a test: how apply (empty store) and the no-op plan after it grow with the number of key pairs:
# 1,500 / 5,000 / 15,000 (regions of 500, 10 regions of 500 for 5,000), once with the JVM's defaults and once
# with the recommended .mvn/jvm.config.   benchmarks/curve.sh [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
source benchmarks/workload.sh
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
for config in "" "-XX:TieredStopAtLevel=1"; do
  for regions in 3 10 30; do
    KEYPAIRS_JVM_CONFIG="$config" make_workload curve "$regions" 500 empty
    applies=(); plans=()
    for _ in $(seq "$runs"); do
      rm -f "$work"/store.db*
      applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
      plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
    done
    printf '%-28s %6d key pairs   apply %6.2f s   no-op plan %5.2f s\n' "${config:-JVM defaults}" \
      "$((regions * 500))" "$(median "${applies[@]}")" "$(median "${plans[@]}")"
  done
done
