#!/usr/bin/env python3
"""Runs the class probes (tests/Apogee.Extraction.Tests/ClassProbes.tsv, written by gen.py) through `apogee extract`
of the tree in APOGEE_TREE (default: this checkout) and prints the probes that fail and the count that pass.
usage: python3 tools/class-probes/probe.py [-q]"""
import json, os, subprocess, sys, shutil, tempfile
here = os.path.dirname(os.path.abspath(__file__))
tree = os.environ.get("APOGEE_TREE", os.path.join(here, "..", ".."))
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(here, "..", "..", "tests", "Apogee.Extraction.Tests", "ClassProbes.tsv")) if not l.startswith("#")]
D = tempfile.mkdtemp(prefix="class-probes-")
for i, (pub, outlet, exp, text) in enumerate(rows):
    open(f"{D}/c{i:03d}.txt", "w").write(text.replace("\\n", "\n") + "\n")
    meta = {"published": pub}
    if outlet: meta["outlet"] = outlet
    json.dump(meta, open(f"{D}/c{i:03d}.meta.json", "w"))
out = subprocess.run(["./apogee", "extract", D, "--format", "json"], cwd=tree, capture_output=True, text=True).stdout
docs = {d["document"]: d for d in json.loads(out)}
KEYS = {"rc": "range_class", "cat": "category", "actor": "actor", "basing": "basing", "name": "missile_name"}
fails = 0
bykey = {}
for i, (pub, outlet, exp, text) in enumerate(rows):
    d = docs.get(f"c{i:03d}", {})
    e = next((x for x in d.get("events") or [] if x.get("role") == "primary"), {})
    bad = []
    for kv in exp.split(";"):
        k, v = kv.split("=", 1)
        got = ("true" if d.get("relevant") else "false") if k == "rel" else e.get(KEYS[k])
        if (got if got is not None else "null") not in v.split("|"):
            bad.append(f"{k}: got {got} want {v}")
            bykey[k] = bykey.get(k, 0) + 1
    if bad:
        fails += 1
        if "-q" not in sys.argv: print(f"FAIL c{i:03d} [{outlet}] {text[:170]}\n      " + " | ".join(bad))
print(f"{len(rows)-fails}/{len(rows)} probes pass; failing fields: {bykey}")
shutil.rmtree(D, ignore_errors=True)
