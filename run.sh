#!/usr/bin/env bash
# Starts the application, with its database. See README "Quick start".
#   - With ConnectionStrings__Governance set, that database is used and no PostgreSQL is started.
#   - Otherwise a private PostgreSQL cluster lives in .data/ (git-ignored) on 127.0.0.1:${GOVERNANCE_PG_PORT:-54329}
#     and keeps its data between runs.
# Ctrl-C stops the application and the database this script started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source scripts/postgres.sh
source scripts/web-assets.sh

url="${GOVERNANCE_URL:-http://127.0.0.1:5080}"
started_data=""
app_pid=""

cleanup() {
  # A second Ctrl-C (or TERM) while stopping must not cut the cleanup short and leave the database running.
  trap '' INT TERM
  trap - EXIT
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    # TERM, not INT: a background job of a script starts with SIGINT ignored; ASP.NET stops cleanly on TERM.
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$started_data" ]; then
    echo "Database stoppen…"
    pg_stop "$started_data"
  fi
}
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT

if [ -z "${ConnectionStrings__Governance:-}" ]; then
  port="${GOVERNANCE_PG_PORT:-54329}"
  base="$root/.data"
  mkdir -p "$base"
  if ! pg_owner_can_reach "$base"; then
    # The postgres user cannot reach this checkout (e.g. a folder only root may enter): keep the cluster in a
    # folder it can reach, one per checkout.
    base="/var/tmp/governance-$(echo -n "$root" | md5sum | cut -c1-8)"
    mkdir -p "$base"; chmod 755 "$base"
  fi
  echo "Database: PostgreSQL in $base on 127.0.0.1:$port"
  pg_start "$base/postgres" "$port"
  started_data="$base/postgres"
  pg_ensure_database "$port" governance
  export ConnectionStrings__Governance="Host=127.0.0.1;Port=$port;Username=governance;Database=governance"
fi

build/bridge/pack.sh
web_assets "$root"
echo "Applicatie bouwen…"
dotnet build src/Governance.Host -c Release --nologo -v quiet -clp:ErrorsOnly
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
ASPNETCORE_URLS="$url" ASPNETCORE_CONTENTROOT="$root/src/Governance.Host" dotnet src/Governance.Host/bin/Release/net10.0/Governance.Host.dll &
app_pid=$!

for _ in $(seq 1 120); do
  if curl -fs "$url/health" >/dev/null 2>&1; then
    echo ""
    echo "  De applicatie draait: open $url"
    echo "  API-referentie: $url/api/reference — stoppen met Ctrl-C"
    echo ""
    break
  fi
  kill -0 "$app_pid" 2>/dev/null || { echo "De applicatie is niet gestart; zie de meldingen hierboven." >&2; exit 1; }
  sleep 1
done
wait "$app_pid"
