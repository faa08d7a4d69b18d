#!/usr/bin/env bash
# A benchmark, not a test: plugin jars side by side on startup.sh's workload, for a start-up cut (performance.md).
# Each round runs the no-op plan of 1,000 key pairs once with each JAR installed in turn (the system Maven, the bare
# pom, the plugin by its coordinates, the JVM's defaults), the order rotating round by round so that the machine's
# drift falls on all alike. Printed per jar: the median wall and CPU (user + sys) seconds, and against the first jar
# the mean and median of the round-by-round differences. On the 2-core machine of performance.md the mean difference
# of one jar against itself moves by about ±30 ms between runs of 30 rounds: a smaller cut does not show here.
#   benchmarks/startup-jars.sh RUNS JAR JAR...        (the jar installed before is put back at the end)
set -euo pipefail
if (( $# < 3 )); then
  echo "usage: benchmarks/startup-jars.sh RUNS JAR JAR..." >&2; exit 2
fi
runs=$1; shift
jars=()
for jar in "$@"; do
  [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
  jars+=("$(realpath "$jar")")
done
cd "$(dirname "$0")/.."
source benchmarks/workload.sh
make_startup_workload
saved="$work/plugin-now.jar"
cp "$installed" "$saved"
trap 'cp "$saved" "$installed"' EXIT

plan_seconds() { # JAR: installs it, runs the no-op plan; prints "wall cpu" in seconds
  local out status=0
  cp "$1" "$installed"
  out=$( { TIMEFORMAT='%R %U %S'; time (cd "$work" && "$mvn" -q -B -o "$plugin:plan" \
    "-Dkeypairs.store=sqlite:$work/store.db" >"$work/last.log" 2>&1); } 2>&1 ) || status=$?
  if (( status != 0 )); then cat "$work/last.log" >&2; exit 1; fi
  grep -q '"noop" : 1000' "$work/target/keypairs/plan.json" || { echo "not a no-op plan of 1000 ($1)" >&2; exit 1; }
  echo "$out" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

count=${#jars[@]}
results="$work/startup-jars.txt" # round, jar index, wall, cpu
: > "$results"
for round in $(seq "$runs"); do
  for turn in $(seq 0 $((count - 1))); do
    index=$(( (round + turn) % count ))
    seconds=$(plan_seconds "${jars[$index]}") # an assignment, so that a failed run stops the script
    echo "$round $index $seconds" >> "$results"
  done
done

stat_line() { # values...: median, mean
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1; sum += $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%+.3f %+.3f", m, sum / NR }'
}
echo "$runs rounds of the no-op plan of 1,000 key pairs, $count jars taking turns ($("$mvn" -v 2>/dev/null | head -1 \
  | sed 's/\x1b\[[0-9;]*m//g'))"
for index in $(seq 0 $((count - 1))); do
  mapfile -t walls < <(awk -v j="$index" '$2 == j { print $3 }' "$results")
  mapfile -t cpus < <(awk -v j="$index" '$2 == j { print $4 }' "$results")
  mapfile -t wall_deltas < <(awk -v j="$index" '$2 == 0 { w[$1] = $3 } $2 == j { wj[$1] = $3 }
    END { for (r in wj) print wj[r] - w[r] }' "$results")
  mapfile -t cpu_deltas < <(awk -v j="$index" '$2 == 0 { c[$1] = $4 } $2 == j { cj[$1] = $4 }
    END { for (r in cj) print cj[r] - c[r] }' "$results")
  read -r wall_delta_median wall_delta_mean <<< "$(stat_line "${wall_deltas[@]}")"
  read -r cpu_delta_median cpu_delta_mean <<< "$(stat_line "${cpu_deltas[@]}")"
  printf '%-40s wall median %.3f s  cpu median %.3f s' "$(basename "${jars[$index]}")" "$(median "${walls[@]}")" \
    "$(median "${cpus[@]}")"
  if (( index > 0 )); then
    printf '   against the first: wall mean %s median %s s, cpu mean %s median %s s' "$wall_delta_mean" \
      "$wall_delta_median" "$cpu_delta_mean" "$cpu_delta_median"
  fi
  echo
done
