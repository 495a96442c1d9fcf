#!/usr/bin/env python3
"""Field scores of the reader against hand labels of real lists.

  score.py TOOL DIR [--show]

DIR holds the lists (*.md) and labels.jsonl, one label per line:
  {"file": "x.md", "line": 12, "title": "..."|null, "short_name": "..."|null, "venue": "as written"|null,
   "year": 2021|null, "authors": ["Jane Doe", ...]|null, "links": ["https://...", ...]}
Each file is exported on its own. A label's entry is the entry at its line (the one holding its first link when
several start there). Scores, over labels:
  entry   an entry at the line
  title   the entry's title (else its name) equals the label's, letters and digits compared without case;
          a label with no title is right when the entry claims none
  venue   the venue text equals the label's the same way, without digits (the year is scored apart); no venue is
          right when the entry has none
  year    over labels with a year: the entry's year
  authors over labels with authors: the same people in the same order (letters compared without case; a name
          written family first, `Yang, Ke`, is `Ke Yang`)
  links   every labelled link is a link of the entry
  short   over labels with a short name: the entry's name
"""
import collections, json, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(__file__))
from measure import norm_url  # noqa: E402


def norm(text):
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def norm_venue(text):
    """A venue without its digits: the year is scored apart (`OSDI '22` is `OSDI 2022`)."""
    return re.sub(r"\d+", "", norm(text))


def norm_person(name):
    """A person, in whichever order the list writes the name: `Yang, Ke` is `Ke Yang`."""
    name = name or ""
    if name.count(",") == 1:
        family, given = name.split(",")
        name = given + " " + family
    return norm(name)


def export(tool, path):
    return json.loads(subprocess.run([tool, "export", path], capture_output=True, text=True).stdout)


def pick(entries, label):
    if not entries:
        return None
    first = norm_url(label["links"][0]) if label.get("links") else None
    for e in entries:
        if first and first in {norm_url(l["url"]) for l in e["links"]}:
            return e
    return entries[0]


def judge(label, e):
    r = {}
    r["entry"] = e is not None
    e = e or {"name": "", "links": [], "authors": []}
    title = e.get("title") or e.get("name")
    r["title"] = (e.get("title") is None) if label.get("title") is None else norm(title) == norm(label["title"])
    venue = (e.get("venue") or {}).get("text")
    r["venue"] = (venue is None) if label.get("venue") is None else norm_venue(venue) == norm_venue(label["venue"])
    if label.get("year") is not None:
        r["year"] = e.get("year") == label["year"]
    if label.get("authors"):
        r["authors"] = [norm_person(a) for a in e.get("authors", [])] == [norm_person(a) for a in label["authors"]]
    urls = {norm_url(l["url"]) for l in e["links"]}
    r["links"] = all(norm_url(u) in urls for u in label.get("links", []))
    if label.get("short_name"):
        r["short"] = norm(e.get("name")) == norm(label["short_name"])
    return r


def main(argv):
    show = "--show" in argv
    tool, folder = [a for a in argv if a != "--show"]
    labels = [json.loads(l) for l in open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") if l.strip()]
    exports = {}
    totals, rights = collections.Counter(), collections.Counter()
    per_file = collections.defaultdict(collections.Counter)
    for label in labels:
        path = os.path.join(folder, label["file"])
        if path not in exports:
            exports[path] = [e for f in export(tool, path)["files"] for e in f["entries"]]
        e = pick([x for x in exports[path] if x["line"] == label["line"]], label)
        for field, ok in judge(label, e).items():
            totals[field] += 1
            rights[field] += ok
            per_file[label["file"]][field + (" ok" if ok else " no")] += 1
            if show and not ok:
                got = None if e is None else {
                    "entry": None, "title": e.get("title") or e.get("name"), "short": e.get("name"),
                    "venue": (e.get("venue") or {}).get("text"), "year": e.get("year"), "authors": e.get("authors"),
                    "links": [l["url"] for l in e["links"]]}[field]
                want = label.get({"short": "short_name"}.get(field, field))
                print(f"  {field:7} {label['file']}:{label['line']} want {want!r} got {got!r}"[:400])
    fields = ["entry", "title", "venue", "year", "authors", "links", "short"]
    print(" ".join(f"{f} {100.0 * rights[f] / totals[f]:.0f}% (n={totals[f]})" for f in fields if totals[f]))


if __name__ == "__main__":
    main(sys.argv[1:])
