#!/usr/bin/env bash
# A benchmark, not a test: the plugin's start-up against Maven's own floor, as a user without the plugin in a pom
# runs it (performance.md; the target: the no-op plan at most 1.5x `mvn validate`, and faster than Terraform's).
# A scratch project with a bare pom (the plugin not declared in it), the system Maven (`mvn` on the PATH, not the
# wrapper), the plugin run by its coordinates, the JVM's defaults (no .mvn/jvm.config, no MAVEN_OPTS), offline.
# Taking turns run by run, so that a noisy machine slows all alike, and medians of RUNS, every run printed:
#   mvn validate                                         Maven's floor
#   mvn dev.keypairs:keypairs-maven-plugin:VERSION:help  a goal that reads nothing: Maven's handling of the plugin
#   mvn dev.keypairs:keypairs-maven-plugin:VERSION:plan  the no-op plan of 1,000 key pairs (2 regions x 500, sqlite:)
#   terraform plan                                       the same 1,000 as `terraform_data` (when on the PATH)
# and last the plan's time over validate's round by round (its median and range), the spread behind the ratio.
# With JAR, the plugin jar installed now and JAR take turns too (a cut side by side): the plan with JAR is
# printed as a row of its own; with POM too, that plan runs with POM as the plugin's POM (a cut of the POM).
#   benchmarks/startup.sh [RUNS=5] [JAR [POM]]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
other=${2:-}
other_pom=${3:-}
source benchmarks/workload.sh
make_startup_workload
installed_pom="${installed%.jar}.pom"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $("$mvn" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g') ($mvn)"
printf 'plugin jar: %s bytes, %s entries\n' "$(stat -c %s "$installed")" "$(unzip -l "$installed" | tail -1 | awk '{print $2}')"
if [ -n "$other" ]; then
  current="$work/plugin-now.jar"; cp "$installed" "$current"
  current_pom="$work/plugin-now.pom"; cp "$installed_pom" "$current_pom"
  trap 'cp "$current" "$installed"; cp "$current_pom" "$installed_pom"' EXIT
  printf 'other jar:  %s bytes, %s entries (%s)\n' "$(stat -c %s "$other")" "$(unzip -l "$other" | tail -1 | awk '{print $2}')" "$other"
fi

sys_seconds() { # the system Maven on the workload, nothing in the environment; prints the wall-clock seconds
  local start end
  start=$(date +%s.%N)
  (cd "$work" && "$mvn" -q -B -o "$@" >"$work/last.log" 2>&1) || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

tf=""
if command -v terraform >/dev/null; then
  make_terraform 1000 "$work"
  echo "terraform: applying the 1,000 resources once (a no-op plan needs them in its state)"
  (cd "$tf" && terraform apply -auto-approve -input=false >/dev/null)
else
  echo "terraform: not on the PATH; the comparison is skipped"
fi

store="-Dkeypairs.store=sqlite:$work/store.db"
validate=(); help=(); plan=(); plan_other=(); tfplan=()
for _ in $(seq "$runs"); do
  validate+=("$(sys_seconds validate)")
  help+=("$(sys_seconds "$plugin:help")")
  plan+=("$(sys_seconds "$plugin:plan" "$store")")
  grep -q '"noop" : 1000' "$work/target/keypairs/plan.json" || { echo "not a no-op plan of 1000"; exit 1; }
  if [ -n "$other" ]; then
    cp "$other" "$installed"
    if [ -n "$other_pom" ]; then cp "$other_pom" "$installed_pom"; fi
    plan_other+=("$(sys_seconds "$plugin:plan" "$store")")
    cp "$current" "$installed"; cp "$current_pom" "$installed_pom"
  fi
  if [ -n "$tf" ]; then
    tfplan+=("$(tf_seconds plan -input=false -detailed-exitcode)")
  fi
done

v=$(median "${validate[@]}")
row() { # label, runs...
  local label=$1; shift
  local m; m=$(median "$@")
  printf '%-44s median %5.2f s  %5.2fx validate   runs: %s\n' "$label" "$m" "$(echo "$m / $v" | bc -l)" \
    "$(printf '%.2f ' "$@")"
}
row "mvn validate" "${validate[@]}"
row "mvn $plugin:help" "${help[@]}"
row "mvn $plugin:plan (1000 no-ops)" "${plan[@]}"
if [ -n "$other" ]; then row "  the same, with $(basename "$other")${other_pom:+ and $(basename "$other_pom")}" "${plan_other[@]}"; fi
if [ -n "$tf" ]; then row "$(terraform version | head -1): plan (1000 no-ops)" "${tfplan[@]}"; fi
# The target is a ratio of medians; the ratio round by round shows how far this machine's drift moves it.
ratios=()
for i in "${!plan[@]}"; do ratios+=("$(echo "${plan[$i]} / ${validate[$i]}" | bc -l)"); done
printf '%-44s median %5.2fx, from %.2fx to %.2fx\n' "the plan / validate, round by round" "$(median "${ratios[@]}")" \
  "$(printf '%s\n' "${ratios[@]}" | sort -n | head -1)" "$(printf '%s\n' "${ratios[@]}" | sort -n | tail -1)"
