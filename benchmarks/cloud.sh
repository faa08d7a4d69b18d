#!/usr/bin/env bash
# A benchmark, not a test: cloud:http://... (clouds.md) through the official SDKs against the emulator
# (keypairs-emulator-VERSION-standalone.jar, started and stopped here) over the same embedded store, next to the
# same goal on sqlite: directly. Whole mvn processes, MAVEN_OPTS=-Xmx256m, medians of RUNS.
#   1. the no-op plan of 1,000 (2 regions x 500) and 15,000 (30 x 500) Alibaba key pairs;
#   2. the same 15,000 with 20 ms of latency put on every call (--latency 20);
#   3. the apply of 15,000 Alibaba imports; Tencent's paced no-op plan of 1,000 (2 x 500) and apply of 100 (2 x 50);
# and the calls each goal made, as the emulator counts them.
#   benchmarks/cloud.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source benchmarks/workload.sh
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
export ALIBABA_CLOUD_ACCESS_KEY_ID=keypairs-test ALIBABA_CLOUD_ACCESS_KEY_SECRET=keypairs-test-secret
export TENCENTCLOUD_SECRET_ID=keypairs-test TENCENTCLOUD_SECRET_KEY=keypairs-test-secret

emulator_pid=
start_emulator() { # STORE [EMULATOR OPTIONS...]; sets $endpoint
  local store=$1; shift
  local jar="$root/emulator/target/keypairs-emulator-$version-standalone.jar"
  java -Xmx512m -jar "$jar" --port 0 --store "$store" "$@" >"$work/emulator.log" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 100); do
    endpoint=$(sed -n 's/^keypairs emulator listening on //p' "$work/emulator.log")
    [ -n "$endpoint" ] && return
    sleep 0.1
  done
  cat "$work/emulator.log"; exit 1
}
stop_emulator() { # prints the requests the emulator served (it says so as it stops)
  kill "$emulator_pid"
  for _ in $(seq 100); do
    grep -q '^keypairs emulator stopped' "$work/emulator.log" && break
    sleep 0.1
  done
  sed -n 's/^keypairs emulator stopped after \([0-9]*\) requests$/\1/p' "$work/emulator.log"
}
trap '[ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true' EXIT

series() { # LABEL then mvn arguments: RUNS runs, prints the median
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do times+=("$(mvn_seconds "$@")"); done
  printf '%-58s median %6.2f s   runs: %s\n' "$label" "$(median "${times[@]}")" "$(printf '%.2f ' "${times[@]}")"
}

noop_plans() { # REGIONS PER_REGION PROVIDER [EMULATOR OPTIONS...]
  local regions=$1 per=$2 provider=$3; shift 3
  local total=$((regions * per))
  if [ "$provider" = alibaba ]; then
    make_workload cloud "$regions" "$per" seed "$provider"
  else # the workload seeds Alibaba stores alone: fill this one by an apply
    make_workload cloud "$regions" "$per" empty "$provider"
    mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/store.db?rateLimit=off" >/dev/null
  fi
  series "sqlite:       no-op plan, $total $provider" keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db" \
    -Dkeypairs.failOnChanges=true
  start_emulator "sqlite:$work/store.db?rateLimit=off" "$@"
  series "cloud:http:// no-op plan, $total $provider${1:+ ($*)}" keypairs:plan \
    "-Dkeypairs.store=cloud:$endpoint?tencentQuota=500" -Dkeypairs.failOnChanges=true
  local served; served=$(stop_emulator)
  echo "  calls per plan: $((served / runs)) DescribeKeyPairs (Terraform's providers: one read per key pair, $total)"
}

applies() { # REGIONS PER_REGION PROVIDER
  local regions=$1 per=$2 provider=$3 total=$(($1 * $2))
  make_workload cloud-apply "$regions" "$per" empty "$provider"
  local times=()
  for run in $(seq "$runs"); do times+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=sqlite:$work/sqlite-$run.db?rateLimit=off")"); done
  printf '%-58s median %6.2f s   runs: %s\n' "sqlite:       apply, $total $provider imports" "$(median "${times[@]}")" \
    "$(printf '%.2f ' "${times[@]}")"
  times=()
  for run in $(seq "$runs"); do
    start_emulator "sqlite:$work/emulated-$run.db?rateLimit=off"
    times+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=cloud:$endpoint?tencentQuota=500")")
    served=$(stop_emulator)
  done
  printf '%-58s median %6.2f s   runs: %s\n' "cloud:http:// apply, $total $provider imports" "$(median "${times[@]}")" \
    "$(printf '%.2f ' "${times[@]}")"
  echo "  calls per apply: $served"
}

noop_plans 2 500 alibaba
noop_plans 30 500 alibaba
noop_plans 30 500 alibaba --latency 20
applies 30 500 alibaba
noop_plans 2 500 tencent
applies 2 50 tencent
