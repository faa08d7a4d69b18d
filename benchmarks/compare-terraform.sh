#!/usr/bin/env bash
# A benchmark, not a test: keypairs next to Terraform on COUNT key pairs, in one run on this machine.
#  keypairs: `mvn keypairs:apply` of COUNT Alibaba key pairs (2 regions) into an empty embedded store, then the no-op
#            `mvn keypairs:plan`; once with the JVM's defaults, once with the recommended .mvn/jvm.config.
#  Terraform: COUNT `terraform_data` resources (built in: no provider, no network, a lower bound for any real
#            provider): `terraform apply`, then the no-op `terraform plan`. Skipped, saying so, without terraform.
#
#   benchmarks/compare-terraform.sh [COUNT=1000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
runs=${2:-3}
source benchmarks/workload.sh

ours() { # label; runs apply on fresh stores then plan, prints medians
  local applies=() plans=()
  for _ in $(seq "$runs"); do
    rm -f "$work"/store.db*
    applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db")")
    plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  done
  printf '%-44s apply %6.2f s   no-op plan %5.2f s\n' "$1" "$(median "${applies[@]}")" "$(median "${plans[@]}")"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); MAVEN_OPTS=-Xmx256m"
make_workload compare 2 "$((count / 2))" empty
ours "keypairs, JVM defaults"
KEYPAIRS_JVM_CONFIG="-XX:TieredStopAtLevel=1" make_workload compare 2 "$((count / 2))" empty
ours "keypairs, .mvn/jvm.config TieredStopAtLevel=1"

if ! command -v terraform >/dev/null; then
  echo "terraform: not on the PATH; the side-by-side comparison is skipped"
  exit 0
fi
tf="$root/target/benchmark/terraform-$count"
rm -rf "$tf" && mkdir -p "$tf"
for i in $(seq 0 $((count - 1))); do
  printf 'resource "terraform_data" "key_%05d" {\n  input = { name = "key-%05d", region = "cn-hangzhou" }\n}\n' "$i" "$i"
done > "$tf/main.tf"
export TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1
tf_seconds() { local start end; start=$(date +%s.%N); (cd "$tf" && terraform "$@" >"$tf/last.log" 2>&1) || { cat "$tf/last.log"; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | bc; }
tf_seconds init -input=false >/dev/null
applies=(); plans=()
for _ in $(seq "$runs"); do
  rm -f "$tf"/terraform.tfstate*
  applies+=("$(tf_seconds apply -auto-approve -input=false)")
  plans+=("$(tf_seconds plan -input=false -detailed-exitcode)")
done
printf '%-44s apply %6.2f s   no-op plan %5.2f s\n' "$(terraform version | head -1), terraform_data" \
  "$(median "${applies[@]}")" "$(median "${plans[@]}")"
