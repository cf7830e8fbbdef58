#!/usr/bin/env bash
# The independent readers the contract tests use to check what the API serves, none of them written here:
# tests/contract/ (npm ci from its lock file: Redocly, openapi-typescript + openapi-fetch, TypeScript, ExcelJS,
# SheetJS, ical.js, Ajv), the .NET tool Kiota (dotnet-tools.json, `dotnet tool restore`) and Debian's python3-openpyxl.
# Installed when missing, so a fresh clone needs nothing by hand.
contract_tools() {
  local contract="$1/tests/contract"
  # node_modules/.installed-from.json is the lock file it was installed from: a changed lock file installs again.
  if ! cmp -s "$contract/package-lock.json" "$contract/node_modules/.installed-from.json"; then
    command -v npm >/dev/null 2>&1 || { echo "npm ontbreekt: installeer Node.js met npm (Debian: apt-get install nodejs npm)." >&2; return 1; }
    echo "Contractcontroles installeren (npm ci in tests/contract)…"
    (cd "$contract" && npm ci --no-audit --no-fund >/dev/null && cp package-lock.json node_modules/.installed-from.json) || return 1
  fi
  # Kiota, pinned in the repository's tool manifest, generates the C# client the contract test compiles.
  (cd "$1" && dotnet tool restore >/dev/null) || { echo "dotnet tool restore (Kiota) is mislukt." >&2; return 1; }
  if ! /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "python3-openpyxl installeren voor de exporttests…"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl >/dev/null 2>&1; } \
        || { echo "python3-openpyxl installeren is mislukt." >&2; return 1; }
    else
      echo "Installeer python3-openpyxl (Debian: sudo apt-get install python3-openpyxl); de exporttests hebben het nodig." >&2
      return 1
    fi
  fi
}
