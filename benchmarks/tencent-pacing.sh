#!/usr/bin/env bash
# A benchmark, not a test: `mvn keypairs:apply` of PER_REGION Tencent key pairs into one region of an empty embedded
# store with its rate limit on (ImportKeyPair: 10 a second, as documented). Paced by keypairs, the imports should
# take PER_REGION / 10 seconds and meet RequestLimitExceeded not once (apply.json records every code met).
#
#   benchmarks/tencent-pacing.sh [PER_REGION=300]
set -euo pipefail
cd "$(dirname "$0")/.."
per_region=${1:-300}
source benchmarks/workload.sh
make_workload tencent 1 "$per_region" empty tencent
total=$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")
imports=$(grep -c '"action" : "ImportKeyPair"' "$work/target/keypairs/apply.json")
limited=$(grep -c 'RequestLimitExceeded' "$work/target/keypairs/apply.json" || true)
applying=$(sed -n 's/.*"elapsedMs" : \([0-9]*\).*/\1/p' "$work/target/keypairs/apply.json")
rerun=$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")
printf 'mvn keypairs:apply of %d Tencent imports, rate limit on: the imports %.2f s (documented pace: %d s), the whole mvn %.2f s; RequestLimitExceeded met %d times\n' \
  "$imports" "$(echo "$applying / 1000" | bc -l)" "$((per_region / 10))" "$total" "$limited"
printf 'a no-op plan of the same project: %.2f s (start-up and planning around the imports)\n' "$rerun"
