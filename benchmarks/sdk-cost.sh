#!/usr/bin/env bash
# A benchmark, not a test: what shipping the clouds' SDKs inside the plugin costs a run on another store. The
# plugin jar built at BASE (a commit before the SDKs were added) and the one of the working tree take turns in
# the local repository, run by run, for the no-op plan of 1,000 key pairs on sqlite: (2 regions x 500), with
# `mvn validate` beside them. Whole mvn processes, MAVEN_OPTS=-Xmx256m, medians of RUNS.
#   benchmarks/sdk-cost.sh BASE [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1
runs=${2:-5}
source benchmarks/workload.sh
make_workload sdk-cost 2 500 seed
installed="$HOME/.m2/repository/dev/keypairs/keypairs-maven-plugin/$version/keypairs-maven-plugin-$version.jar"
after="$work/plugin-after.jar"; before="$work/plugin-before.jar"
cp "$installed" "$after"
tree=$(mktemp -d /tmp/keypairs-base.XXXXXX)
git worktree add -q --detach "$tree" "$base"
trap 'cp "$after" "$installed"; git worktree remove --force "$tree"' EXIT
(cd "$tree" && ./mvnw -q -B -o package -DskipTests -Dinvoker.skip=true)
cp "$tree/plugin/target/keypairs-maven-plugin-$version.jar" "$before"
printf 'plugin jar at %s: %s bytes, %s entries\n' "$base" "$(stat -c %s "$before")" "$(unzip -l "$before" | tail -1 | awk '{print $2}')"
printf 'plugin jar now:  %s bytes, %s entries\n' "$(stat -c %s "$after")" "$(unzip -l "$after" | tail -1 | awk '{print $2}')"
validate=(); old=(); new=()
for _ in $(seq "$runs"); do
  validate+=("$(mvn_seconds validate)")
  cp "$before" "$installed"; old+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
  cp "$after" "$installed"; new+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=sqlite:$work/store.db")")
done
printf '%-40s median %5.2f s   runs: %s\n' "mvn validate" "$(median "${validate[@]}")" "$(printf '%.2f ' "${validate[@]}")"
printf '%-40s median %5.2f s   runs: %s\n' "no-op plan, 1000, plugin at $base" "$(median "${old[@]}")" "$(printf '%.2f ' "${old[@]}")"
printf '%-40s median %5.2f s   runs: %s\n' "no-op plan, 1000, plugin now" "$(median "${new[@]}")" "$(printf '%.2f ' "${new[@]}")"
