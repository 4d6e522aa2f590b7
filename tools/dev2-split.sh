#!/usr/bin/env bash
# Splits ../shared/corpus/dev2 into a tuning set and a held-out third (every third document by sorted name, the
# 3rd, 6th, ...), as symlinks under OUT/{tune,hold}/{corpus,gold}. The held-out third is read only to report its
# score (docs/EXTRACTION.md), never to write rules. Usage: tools/dev2-split.sh [OUT] (default /tmp/apogee-dev2)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
out="${1:-/tmp/apogee-dev2}"
rm -rf "$out"
mkdir -p "$out"/{tune,hold}/{corpus,gold}
i=0
for txt in $(ls "$shared/corpus/dev2"/*.txt | sort); do
  name=$(basename "$txt" .txt)
  part=tune; [ $((i % 3)) -eq 2 ] && part=hold
  ln -s "$txt" "$out/$part/corpus/$name.txt"
  [ -f "$shared/corpus/dev2/$name.meta.json" ] && ln -s "$shared/corpus/dev2/$name.meta.json" "$out/$part/corpus/$name.meta.json"
  ln -s "$shared/gold/dev2/$name.json" "$out/$part/gold/$name.json"
  i=$((i + 1))
done
echo "tune: $(ls "$out/tune/corpus"/*.txt | wc -l), hold: $(ls "$out/hold/corpus"/*.txt | wc -l) under $out"
