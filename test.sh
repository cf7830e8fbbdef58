#!/usr/bin/env bash
# Runs the whole test suite against a throwaway PostgreSQL cluster, which it removes afterwards.
# See README "Quick start". Exits non-zero when any test fails. Extra arguments go to `dotnet test`
# (e.g. ./test.sh --filter "FullyQualifiedName~Decisions").
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source scripts/postgres.sh
source scripts/web-assets.sh
source scripts/contract-tools.sh

results="$root/TestResults"
rm -rf "$results"
PG_THROWAWAY=""
trap pg_throwaway_remove EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Governance:-}" ]; then
  pg_throwaway test || exit 1
  echo "Testdatabase: tijdelijke PostgreSQL in $PG_THROWAWAY op 127.0.0.1:$PG_THROWAWAY_PORT"
  export ConnectionStrings__Governance="Host=127.0.0.1;Port=$PG_THROWAWAY_PORT;Username=governance;Database=postgres"
fi

# The notification tests send e-mail to a real SMTP server on loopback: Debian's aiosmtpd.
if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "python3-aiosmtpd ontbreekt; installeren met apt-get"
    (apt-get install -y -qq python3-aiosmtpd >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq python3-aiosmtpd >/dev/null 2>&1; }) \
      || echo "Installeren mislukt: installeer python3-aiosmtpd (apt-get install python3-aiosmtpd)"
  else
    echo "Installeer python3-aiosmtpd (als root: apt-get install python3-aiosmtpd); de meldingstests hebben het nodig."
  fi
fi

build/bridge/pack.sh || exit 1
web_assets "$root" || exit 1
ensure_chromium || exit 1
contract_tools "$root" || exit 1
dotnet build Governance.sln -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet test Governance.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?
scripts/test-summary.sh "$results"
exit $status
