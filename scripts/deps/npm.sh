#!/usr/bin/env bash
# Front-end dependencies come from npm with a lock file (web/package-lock.json). `npm ci` runs only when the
# lock file changed since the last install; the dist files the dashboard needs are then copied into
# src/Apogee.Web/wwwroot/lib (git-ignored), so the app serves them itself: no CDN, works offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
web=web
lib=src/Apogee.Web/wwwroot/lib
stamp=$web/node_modules/.apogee-lock.sha256
want=$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi
mkdir -p "$lib"
copy() { cmp -s "$1" "$2" || cp "$1" "$2"; }
copy "$web/node_modules/d3/dist/d3.min.js" "$lib/d3.min.js"
copy "$web/node_modules/topojson-client/dist/topojson-client.min.js" "$lib/topojson-client.min.js"
copy "$web/node_modules/world-atlas/countries-50m.json" "$lib/countries-50m.json"
copy "$web/node_modules/d3/LICENSE" "$lib/d3.LICENSE"
copy "$web/node_modules/topojson-client/LICENSE" "$lib/topojson-client.LICENSE"
copy "$web/node_modules/world-atlas/LICENSE" "$lib/world-atlas.LICENSE"
