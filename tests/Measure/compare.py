#!/usr/bin/env python3
"""What a reader change changes: the exports of two builds of the tool, entry by entry.

  compare.py BASE_TOOL NEW_TOOL FILE.md... [--show N]

Per file: entries added, removed and changed (same line, other fields), diagnostics before and after; --show N
prints up to N changed entries per file, field by field.
"""
import json, os, subprocess, sys

FIELDS = ["name", "title", "venue", "year", "month", "authors", "institutions", "tags", "remarks", "links", "fields"]


def export(tool, path):
    return json.loads(subprocess.run([tool, "export", path], capture_output=True, text=True).stdout)


def key(e):
    return (e["line"], e["name"])


def view(e, field):
    v = e.get(field)
    if field == "venue" and v:
        return v.get("text")
    if field == "links":
        return [(l["label"], l["url"]) for l in v]
    return v


def main(argv):
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        del argv[i:i + 2]
    base, new, files = argv[0], argv[1], argv[2:]
    changed_files = 0
    for path in files:
        a, b = export(base, path), export(new, path)
        ea = {e["line"]: e for f in a["files"] for e in f["entries"]}
        eb = {e["line"]: e for f in b["files"] for e in f["entries"]}
        added = sorted(set(eb) - set(ea))
        removed = sorted(set(ea) - set(eb))
        changed = [l for l in sorted(set(ea) & set(eb)) if ea[l] != eb[l]]
        da, db = len(a["diagnostics"]), len(b["diagnostics"])
        if not (added or removed or changed or da != db):
            continue
        changed_files += 1
        print(f"{os.path.basename(path)}: +{len(added)} -{len(removed)} ~{len(changed)} diagnostics {da} -> {db}")
        for l in added[:show]:
            print(f"  + {l} {eb[l]['name']!r}")
        for l in removed[:show]:
            print(f"  - {l} {ea[l]['name']!r}")
        for l in changed[:show]:
            for f in FIELDS:
                if view(ea[l], f) != view(eb[l], f):
                    print(f"  ~ {l} {f}: {view(ea[l], f)!r} -> {view(eb[l], f)!r}"[:300])
        if show:
            sa = {(d["id"], d["line"], d["message"]) for d in a["diagnostics"]}
            sb = {(d["id"], d["line"], d["message"]) for d in b["diagnostics"]}
            for d in sorted(sa - sb)[:show]:
                print(f"  diag gone {d[0]} :{d[1]} {d[2][:150]}")
            for d in sorted(sb - sa)[:show]:
                print(f"  diag new  {d[0]} :{d[1]} {d[2][:150]}")
    print(f"{changed_files} of {len(files)} files changed")


if __name__ == "__main__":
    main(sys.argv[1:])
