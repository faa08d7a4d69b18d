#!/usr/bin/env bash
# A benchmark, not a test: the postgresql:// store (store.md) on a PostgreSQL server this script starts (the
# machine's binaries, as the postgres user when run as root, default durability: fsync on) and stops.
# 15,000 imports (30 Alibaba regions x 500) by `mvn keypairs:apply`, then the no-op plan; then two builds on
# different halves of the regions (keypairs.target), one after the other and at once, each on a fresh schema.
#   benchmarks/postgresql.sh [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
source benchmarks/workload.sh
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/keypairs-benchmark-postgres.XXXXXX)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
echo benchmark-password > "$pgdir/password"
[ "$(id -u)" = 0 ] && chown -R postgres: "$pgdir"
as_postgres "$bindir/initdb" -D "$pgdir/data" -U keypairs --pwfile="$pgdir/password" -A scram-sha-256 >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres "$bindir/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_postgres "$bindir/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null; rm -rf "$pgdir"' EXIT
PGPASSWORD=benchmark-password "$bindir/psql" -h 127.0.0.1 -p "$port" -U keypairs -d postgres -qc 'CREATE DATABASE keypairs'
base="postgresql://keypairs:benchmark-password@127.0.0.1:$port/keypairs"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

make_workload postgresql 30 500 empty
applies=(); plans=()
for run in $(seq "$runs"); do
  store="$base?schema=run_$run"
  applies+=("$(mvn_seconds keypairs:apply "-Dkeypairs.store=$store")")
  plans+=("$(mvn_seconds keypairs:plan "-Dkeypairs.store=$store" -Dkeypairs.failOnChanges=true)")
done
printf 'postgresql://  15000 key pairs   apply median %6.2f s (runs: %s)   no-op plan median %5.2f s (runs: %s)\n' \
  "$(median "${applies[@]}")" "$(printf '%.2f ' "${applies[@]}")" "$(median "${plans[@]}")" "$(printf '%.2f ' "${plans[@]}")"

# Two builds on different regions of one account: the first 15 regions, the last 15.
regions=($(sed -n 's/^  \([a-z0-9-]*\):$/\1/p' "$work/keypairs.yaml"))
first=$(printf 'alibaba/%s,' "${regions[@]:0:15}"); first=${first%,}
second=$(printf 'alibaba/%s,' "${regions[@]:15}"); second=${second%,}
half() { # STORE TARGETS LOG
  "$root/mvnw" -q -B -o -f "$work/pom.xml" keypairs:apply "-Dkeypairs.store=$1" "-Dkeypairs.target=$2" \
    "-Dkeypairs.out=$work/out-$3" >"$work/$3.log" 2>&1 || { cat "$work/$3.log"; exit 1; }
}
sequential=(); concurrent=()
for run in $(seq "$runs"); do
  start=$(date +%s.%N); half "$base?schema=sequential_$run" "$first" a; half "$base?schema=sequential_$run" "$second" b
  sequential+=("$(echo "$(date +%s.%N) - $start" | bc)")
  start=$(date +%s.%N)
  half "$base?schema=concurrent_$run" "$first" a & pid=$!
  half "$base?schema=concurrent_$run" "$second" b
  wait "$pid"
  concurrent+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
printf 'two builds of 7,500 key pairs on different regions: one after the other median %6.2f s (runs: %s), at once median %6.2f s (runs: %s)\n' \
  "$(median "${sequential[@]}")" "$(printf '%.2f ' "${sequential[@]}")" "$(median "${concurrent[@]}")" \
  "$(printf '%.2f ' "${concurrent[@]}")"
