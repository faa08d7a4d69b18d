#!/usr/bin/env bash
# A benchmark, not a test: what the key policy costs a no-op plan. The same 1,000 key pairs (2 regions of 500,
# seeded) planned with the default policy (keypairs.yaml) and with every rule off (keypairs-off.yaml, the same
# manifest and a policy section), alternated run by run; medians (policy.md: the target is within 3%).
#   benchmarks/policy-cost.sh [RUNS=9]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
source benchmarks/workload.sh
make_workload policy-cost 2 500 seed
{
  cat "$work/keypairs.yaml"
  printf 'policy:\n  rules:\n'
  for rule in WeakKeyType ShortRsaKey CertificateExpired CertificateExpiring LegacyCertificate KeyPairTooOld; do
    printf '    %s: "off"\n' "$rule"
  done
} >"$work/keypairs-off.yaml"
with=(); without=()
for run in $(seq "$runs"); do
  if (( run % 2 == 0 )); then
    without+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db" -Dkeypairs.manifests=keypairs-off.yaml)")
    with+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  else
    with+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
    without+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db" -Dkeypairs.manifests=keypairs-off.yaml)")
  fi
done
w=$(median "${with[@]}"); o=$(median "${without[@]}")
printf 'no-op plan, 1000 key pairs, default policy   median %5.2f s   runs: %s\n' "$w" "$(printf '%.2f ' "${with[@]}")"
printf 'no-op plan, 1000 key pairs, every rule off   median %5.2f s   runs: %s\n' "$o" "$(printf '%.2f ' "${without[@]}")"
printf 'ratio %.3f\n' "$(echo "$w / $o" | bc -l)"
