#!/usr/bin/env python3
"""Claim probes (issue #11): ~400 short synthetic reports (probes.py) and a second set written before its rules
(probes2.py, branch claims2), all written for this, no corpus text, in other outlets' styles, each with the claims it
should yield. Writes them to a temp folder, runs `apogee extract` of the tree
in APOGEE_TREE (default: this checkout) and prints the probes that fail.
usage: python3 tools/claim-probes/probe.py            (APOGEE_TREE=/path/to/other/checkout to compare)
Expectations: "field=value~qualifier@source" (a claim), "!field[=value]" (no such claim), "ev.field=value" (event),
"ref=YYYY-MM-DD" (a reference launch dated that day), "!ref" (no reference launch).
Names: pNNN for probes.py, qNNN for probes2.py."""
import json, os, re, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(__file__))
from probes import PROBES as FIRST
from probes2 import PROBES as SECOND
ALL = [(f"p{i:03d}", *x) for i, x in enumerate(FIRST)] + [(f"q{i:03d}", *x) for i, x in enumerate(SECOND)]

import tempfile
D = tempfile.mkdtemp(prefix="claim-probes-")
for n, text, outlet, exp in ALL:
    open(f"{D}/{n}.txt", "w").write(text + "\n")
    meta = {"published": "2023-03-16"}
    if outlet: meta["outlet"] = outlet
    json.dump(meta, open(f"{D}/{n}.meta.json", "w"))
out = subprocess.run(["./apogee", "extract", D, "--format", "json"], cwd=os.environ.get("APOGEE_TREE", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")), capture_output=True, text=True).stdout
docs = {d["document"]: d for d in json.loads(out)}

def num_eq(a, b): return a is not None and abs(float(a) - b) <= max(0.05 * abs(b), 0.5)
def val_ok(c, f, v):
    pv = c["value"]
    if f == "count":
        lo, _, hi = v.partition("-")
        want = {"min": int(lo), "max": (None if _ and not hi else int(hi) if hi else int(lo))}
        return pv == want
    if f in ("range_km", "apogee_km", "speed_mach", "flight_time_min"):
        return num_eq(pv, float(v))
    if f == "missile_name":
        k = lambda x: re.sub(r"[^a-z0-9]", "", str(x).lower()).replace("hwasongpho", "hwasong")
        return k(pv) == k(v)
    if f == "site":
        return v.lower() in str(pv).lower() or str(pv).lower() in v.lower()
    return str(pv).lower() == v.lower()

fails = {"p": 0, "q": 0}
for n, text, outlet, exp in ALL:
    d = docs.get(n, {})
    e = d.get("primary") or {}
    claims = e.get("claims") or []
    bad = []
    for x in exp:
        neg = x.startswith("!")
        x = x.lstrip("!")
        if x == "ref" or x.startswith("ref="):
            refs = [r for r in d.get("events") or [] if r.get("role") == "reference"]
            want = x[4:]
            hit = [r for r in refs if not want or (r["date"]["earliest"] == want and r["date"]["latest"] == want)]
            if bool(hit) == neg: bad.append(("!" if neg else "") + f"{x} have {[(r['date']['earliest'], r['date']['latest']) for r in refs]}")
            continue
        if x.startswith("ev."):
            k, _, v = x[3:].partition("=")
            got = e.get(k)
            if k == "impact": got = (got or {}).get("area")
            if k == "site": got = (got or {}).get("name")
            if k == "count": got = got and f"{got['min']}-{got['max'] if got['max'] is not None else ''}"
            ok = (str(got).lower() == v.lower()) if v else got is not None
            if k in ("range_km","apogee_km","speed_mach","flight_time_min") and v: ok = num_eq(got, float(v))
            if ok == neg: bad.append(("!" if neg else "") + f"ev.{k}={v} got {got}")
            continue
        m = re.match(r"([a-z_]+)(?:=([^~@]*))?(?:~([a-z_]+))?(?:@(.*))?$", x)
        f, v, q, s = m.groups()
        hits = [c for c in claims if c["field"] == f and (v is None or val_ok(c, f, v))]
        if q: hits = [c for c in hits if c["qualifier"] == q]
        if s: hits = [c for c in hits if c["source"] == s]
        if bool(hits) == neg:
            have = [(c["value"], c["qualifier"], c["source"]) for c in claims if c["field"] == f]
            bad.append(("!" if neg else "") + f"{x} have {have}")
    if bad:
        fails[n[0]] += 1
        print(f"FAIL {n} [{outlet}] {text[:150]}")
        for b in bad: print("     ", b)
print(f"{len(FIRST)-fails['p']}/{len(FIRST)} probes pass (probes.py)")
print(f"{len(SECOND)-fails['q']}/{len(SECOND)} probes pass (probes2.py)")
shutil.rmtree(D, ignore_errors=True)
