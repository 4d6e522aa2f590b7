#!/usr/bin/env bash
# Recompiles the knowledge files compiled from CNS facts (data/gazetteer/facilities.tsv,
# data/missiles/missiles.tsv) from ../shared/data/cns, by running the compiler test in write mode.
# Afterwards `git diff data/` shows what the new input changed; the test without the variable then
# proves the committed files equal a fresh compile.
set -euo pipefail
cd "$(dirname "$0")/.."
APOGEE_WRITE_KNOWLEDGE=1 dotnet test tests/Apogee.Knowledge.Tests --nologo \
  --filter "FullyQualifiedName~KnowledgeCompilerTests"
git status --short data/
