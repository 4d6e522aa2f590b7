#!/usr/bin/env python3
"""Date probes (issue #11): a few hundred short synthetic reports (probes_*.py, written for this, no corpus text) in
other outlets' styles, each with a publication day (or none) and the launch's expected day or interval and weekday.
Writes them to a temp folder, runs `apogee extract` of the tree in APOGEE_TREE (default: this checkout) and prints the
probes that fail, then the count that pass.
usage: python3 tools/date-probes/probe.py [--all]     (--all also prints the passing ones)
Each run also writes probes.json (the same table), which DateProbeTests runs through the extractor.
A probe passes where the launch's interval holds the true day and lies within the expected interval (the scorer's
full credit, ../shared/tools/score.py) and the weekday is the expected one."""
import datetime, json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import PROBES
import probes_a, probes_b, probes_c, probes_d, probes_e, probes_f, probes_g  # noqa: F401  (each fills PROBES)

def day(s): return datetime.date.fromisoformat(s) if s else None

def expectation(want, wd):
    iv, _, truth = want.partition("@")
    lo, sep, hi = iv.partition("..")
    if not sep: hi = lo
    truth = truth or hi or lo
    if wd is None: wd = day(truth).strftime("%A") if not sep else "-"
    return day(lo), day(hi), day(truth), wd

def write_table():
    """probes.json beside this file: the same table for tests/Apogee.Extraction.Tests/DateProbeTests.cs (rewritten on every run)."""
    rows = [{"text": t, "published": pub, "want": want, "weekday": wd, "outlet": outlet} for t, pub, want, wd, outlet in PROBES]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes.json"), "w") as f:
        json.dump(rows, f, indent=1, ensure_ascii=False)
        f.write("\n")

def main():
    write_table()
    d = tempfile.mkdtemp(prefix="date-probes-")
    for i, (text, pub, want, wd, outlet) in enumerate(PROBES):
        open(f"{d}/d{i:03d}.txt", "w").write(text + "\n")
        meta = {}
        if pub: meta["published"] = pub
        if outlet: meta["outlet"] = outlet
        json.dump(meta, open(f"{d}/d{i:03d}.meta.json", "w"))
    tree = os.environ.get("APOGEE_TREE", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    out = subprocess.run(["./apogee", "extract", d, "--format", "json"], cwd=tree, capture_output=True, text=True).stdout
    docs = {x["document"]: x for x in json.loads(out)}
    fails = 0
    for i, (text, pub, want, wd, outlet) in enumerate(PROBES):
        lo, hi, truth, wday = expectation(want, wd)
        e = (docs.get(f"d{i:03d}") or {}).get("primary") or {}
        dt = e.get("date") or {}
        gl, gh = day(dt.get("earliest")), day(dt.get("latest"))
        holds = (gl is not None or gh is not None) and (gl is None or gl <= truth) and (gh is None or truth <= gh)
        within = (lo is None or (gl is not None and gl >= lo)) and (hi is None or (gh is not None and gh <= hi))
        wok = wday == "-" or e.get("weekday") == wday
        ok = holds and within and wok
        if not ok: fails += 1
        if not ok or "--all" in sys.argv:
            print(f"{'ok  ' if ok else 'FAIL'} d{i:03d} [{outlet}] pub={pub} want={want} wd={wday} got={dt.get('earliest')}..{dt.get('latest')} {e.get('weekday')} ({dt.get('basis')})")
            if not ok: print(f"      {text[:220]!r}")
    print(f"{len(PROBES) - fails}/{len(PROBES)} probes pass")
    shutil.rmtree(d, ignore_errors=True)

if __name__ == "__main__":
    main()
