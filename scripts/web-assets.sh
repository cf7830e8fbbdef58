#!/usr/bin/env bash
# Front-end assets of the web pages: `npm ci` from src/Governance.Host/package-lock.json when node_modules is
# missing (a clean clone has none); its postinstall copies the NL Design System CSS into wwwroot/lib.
web_assets() {
  local host="$1/src/Governance.Host"
  if [ ! -d "$host/node_modules" ] || [ ! -f "$host/wwwroot/lib/utrecht/component-library.css" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "npm ontbreekt: installeer Node.js met npm (Debian: apt-get install nodejs npm)." >&2
      return 1
    fi
    echo "Front-end pakketten installeren (npm ci)…"
    (cd "$host" && npm ci --no-audit --no-fund) || return 1
  fi
}

# The browser tests drive Debian's Chromium (never a downloaded browser build).
ensure_chromium() {
  if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium installeren voor de browsertests…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1 \
      || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null; } \
      || { echo "Chromium installeren is mislukt." >&2; return 1; }
  else
    echo "Chromium ontbreekt voor de browsertests: installeer het pakket 'chromium' (Debian: sudo apt-get install chromium) of zet CHROMIUM_PATH." >&2
    return 1
  fi
}
