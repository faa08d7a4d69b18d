#!/usr/bin/env bash
# A benchmark, not a test: keypairs next to Terraform on COUNT key pairs (2 regions), side by side in one run.
#  keypairs:  `mvn keypairs:apply` into an empty embedded store, then the no-op `mvn keypairs:plan`; with the
#             JVM's defaults and with the recommended .mvn/jvm.config. Beside them, each run, the floors with the
#             JVM's defaults: `mvn validate` (Maven's start-up, no plugin) and `mvn keypairs:help` (a goal that
#             reads nothing: Maven's start-up and its handling of the plugin).
#  Terraform: the same key pairs as `terraform_data` resources (built in: no provider, no network, a lower bound
#             for any real provider), each holding what the manifest declares: name, region, the public key read
#             with file() from the same .pub file, the tags. `terraform apply` from an empty state, then the
#             no-op `terraform plan`. Skipped, saying so, without terraform on the PATH.
# The tools take turns run by run, so that a noisy machine slows both alike; medians, with every run printed.
#
#   benchmarks/compare-terraform.sh [COUNT=1000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-3}
source benchmarks/workload.sh

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); MAVEN_OPTS=-Xmx256m"
make_workload compare 2 "$((count / 2))" empty
plain=$work
KEYPAIRS_JVM_CONFIG="-XX:TieredStopAtLevel=1" make_workload compare 2 "$((count / 2))" empty
tuned=$work

tf=""
if command -v terraform >/dev/null; then
  make_terraform "$count" "$plain"
else
  echo "terraform: not on the PATH; the side-by-side comparison is skipped"
fi

plain_applies=(); plain_plans=(); tuned_applies=(); tuned_plans=(); tf_applies=(); tf_plans=(); validates=(); helps=()
for _ in $(seq "$runs"); do
  work=$plain; rm -f "$work"/store.db*
  validates+=("$(mvn_seconds validate)")
  helps+=("$(mvn_seconds keypairs:help)")
  plain_applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
  plain_plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  grep -q '"noop" : '"$count" "$work/target/keypairs/plan.json" || { echo "not a no-op plan of $count"; exit 1; }
  work=$tuned; rm -f "$work"/store.db*
  tuned_applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
  tuned_plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  if [ -n "$tf" ]; then
    rm -f "$tf"/terraform.tfstate*
    tf_applies+=("$(tf_seconds apply -auto-approve -input=false)")
    tf_plans+=("$(tf_seconds plan -input=false -detailed-exitcode)")
  fi
done

row() { # label, apply runs name, plan runs name
  local -n applies=$2 plans=$3
  printf '%-46s apply %6.2f s   no-op plan %5.2f s   (runs: apply %s| plan %s)\n' "$1" "$(median "${applies[@]}")" \
    "$(median "${plans[@]}")" "$(printf '%.2f ' "${applies[@]}")" "$(printf '%.2f ' "${plans[@]}")"
}
row "keypairs, JVM defaults" plain_applies plain_plans
printf '%-46s mvn validate %4.2f s   mvn keypairs:help %4.2f s   (runs: %s| %s)\n' "floors, JVM defaults" \
  "$(median "${validates[@]}")" "$(median "${helps[@]}")" "$(printf '%.2f ' "${validates[@]}")" \
  "$(printf '%.2f ' "${helps[@]}")"
row "keypairs, .mvn/jvm.config TieredStopAtLevel=1" tuned_applies tuned_plans
if [ -n "$tf" ]; then
  row "$(terraform version | head -1), terraform_data" tf_applies tf_plans
fi
