#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (each scripts/deps/*.sh is idempotent:
# PostgreSQL, Chromium, npm packages), so a fresh clone with only the .NET SDK passes.
set -euo pipefail
cd "$(dirname "$0")/.."
for dep in scripts/deps/*.sh; do
  [ -e "$dep" ] || continue
  echo "== $dep"
  bash "$dep"
done
# Source environment the dep scripts exported (e.g. APOGEE_TEST_POSTGRES).
[ -f .deps.env ] && . ./.deps.env
log=$(mktemp)
set +e
dotnet test Apogee.slnx -c Release --nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One closing line a CI reader understands: the sum over every test project.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$rc"
