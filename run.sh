#!/usr/bin/env bash
# The main job on the embedded default: build, ingest the repo's synthetic sample articles into ./apogee.db (SQLite),
# and print the resulting events. Re-running changes nothing (documents are recognised by their content hash).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/Apogee.Cli -c Release --nologo -v q
db="${APOGEE_DB:-apogee.db}"
./apogee ingest samples --db "$db"
./apogee events --db "$db"
