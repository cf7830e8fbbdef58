#!/usr/bin/env bash
# Runs the benchmark harness (README "Benchmarks") against a throwaway PostgreSQL cluster, which it removes afterwards.
#   ./bench.sh [--quick] [--programmes N] [--events-per-programme M]
# Full (default): 1,000 programmes × ~1,000 events (1M events). --quick: a small data set, under two minutes.
# Writes bench/results/<yyyy-MM-dd>.md (a quick run: <yyyy-MM-dd>-quick.md) and prints the table.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source scripts/postgres.sh
source scripts/web-assets.sh

mode="full"
for arg in "$@"; do [ "$arg" = "--quick" ] && mode="quick"; done
suffix=""; [ "$mode" = "quick" ] && suffix="-quick"
output="$root/bench/results/$(date -u +%Y-%m-%d)$suffix.md"

cluster=""
cleanup() {
  if [ -n "$cluster" ]; then
    pg_stop "$cluster/postgres"
    rm -rf "$cluster"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# /tmp is reachable by the postgres user even when this checkout is not.
cluster="$(mktemp -d /tmp/governance-bench-XXXXXX)"
chmod 755 "$cluster"
port="$(pg_free_port)"
echo "Benchmark database: throwaway PostgreSQL in $cluster on 127.0.0.1:$port"
# fsync off, as in test.sh: the figures are ratios against floors measured on the same cluster.
PG_FSYNC=off pg_start "$cluster/postgres" "$port" || exit 1
export ConnectionStrings__Governance="Host=127.0.0.1;Port=$port;Username=governance;Database=postgres;Maximum Pool Size=100"

build/bridge/pack.sh || exit 1
web_assets "$root" || exit 1
dotnet build src/Governance.Host -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet build bench/Governance.Bench -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet bench/Governance.Bench/bin/Release/net10.0/Governance.Bench.dll "$@" \
  --host-dll "$root/src/Governance.Host/bin/Release/net10.0/Governance.Host.dll" \
  --host-content-root "$root/src/Governance.Host" \
  --output "$output"
