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

PG_THROWAWAY=""
trap pg_throwaway_remove EXIT
trap 'exit 130' INT TERM

# fsync off, as in test.sh: the figures are ratios against floors measured on the same cluster.
pg_throwaway bench || exit 1
echo "Benchmark database: throwaway PostgreSQL in $PG_THROWAWAY on 127.0.0.1:$PG_THROWAWAY_PORT"
export ConnectionStrings__Governance="Host=127.0.0.1;Port=$PG_THROWAWAY_PORT;Username=governance;Database=postgres;Maximum Pool Size=100"

build/bridge/pack.sh || exit 1
web_assets "$root" || exit 1
dotnet build src/Governance.Host -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet build bench/Governance.Bench -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet bench/Governance.Bench/bin/Release/net10.0/Governance.Bench.dll "$@" \
  --host-dll "$root/src/Governance.Host/bin/Release/net10.0/Governance.Host.dll" \
  --host-content-root "$root/src/Governance.Host" \
  --output "$output"
