#!/usr/bin/env python3
"""Line measures of the reader on real lists, against an independent counter of their papers.

  measure.py TOOL FILE.md... [--refs PAPER_REFS_PY] [--show]

TOOL is a built `papercatalog` (for instance `dotnet build src/Tool -c Release -o DIR`, then DIR/PaperCatalog.Tool).
PAPER_REFS_PY defaults to ../shared/tools/paper_refs.py beside the repository. Each file is exported on its own,
as a user with one list would build it. Per file and in all:
  papers      rows and items the counter says link a paper
  read        of those, how many are an entry at their line that holds the counter's paper link
  links       of the links the counter finds in those rows and items, how many an entry at that line keeps
  bad names   entries named by a link label, an icon, a date or a venue tag, or keeping residue in the name
  errors      errors per 1,000 entries that are not broken link targets (PCAT301-303)
--show prints the misses.
"""
import json, os, re, subprocess, sys

BROKEN_LINK_IDS = {"PCAT301", "PCAT302", "PCAT303"}
GENERIC_LABELS = {"paper", "pdf", "code", "arxiv", "link", "project", "github", "website", "homepage", "blog",
                  "video", "demo", "slides", "poster", "doi", "acm", "ieee", "openreview", "html", "abs", "url",
                  "official", "dataset", "data", "repo", "page", "project page", "talk", "bibtex", "review"}
VENUE_TAG = re.compile(r"^[A-Za-z][A-Za-z&]{1,12}[ ']?'?(\d{2}|\d{4})$")
DATE = re.compile(r"^\d{4}([./-]\d{1,2}){0,2}$|^\d{1,2}[./-]\d{4}$")


def norm_url(url):
    url = url.strip()
    url = re.sub(r"^http://", "https://", url)
    return url.rstrip("/")


def bad_name(name, links):
    n = name.strip()
    low = n.lower().strip("[]() ")
    plain_case = n.strip("[]() ") in (low, low.capitalize(), low.upper())
    if (low in GENERIC_LABELS and plain_case) or re.fullmatch(r":[a-z0-9_+-]+:", low):
        return "label/icon"
    if DATE.match(n) or VENUE_TAG.match(n):
        return "date/venue tag"
    if n.endswith(":") or n.count('"') % 2 == 1 or n.count("\u201c") != n.count("\u201d"):
        return "residue"
    if re.search(r"\bet al\.?$", n) or "repo stars" in n.lower() or n.lower() == "star":
        return "residue"
    return None


def run_refs(refs, path, *flags):
    out = subprocess.run([sys.executable, refs, *flags, path], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isdigit():
            rows.append((int(parts[0]), parts[1] if len(flags) == 0 or flags[0] != "--verbose" else parts[2]))
    return rows


def export(tool, path):
    out = subprocess.run([tool, "export", path], capture_output=True, text=True).stdout
    return json.loads(out)


def measure(tool, refs, path, show):
    papers = run_refs(refs, path)
    all_links = run_refs(refs, path, "--all-links")
    data = export(tool, path)
    entries = [e for f in data["files"] for e in f["entries"]]
    by_line = {}
    for e in entries:
        by_line.setdefault(e["line"], []).append(e)
    def at_their_line(rows):
        """The (line, url) rows an entry at that line holds, and the others with the names found there."""
        found, missed = 0, []
        for line, url in rows:
            here = by_line.get(line, [])
            if norm_url(url) in {norm_url(l["url"]) for e in here for l in e["links"]}:
                found += 1
            else:
                missed.append((line, url, [e["name"] for e in here]))
        return found, missed

    read, misses = at_their_line(papers)
    kept, lost = at_their_line(all_links)
    bad = [(e["line"], e["name"], bad_name(e["name"], e["links"])) for e in entries]
    bad = [b for b in bad if b[2]]
    errors = [d for d in data["diagnostics"] if d["severity"] == "error" and d["id"] not in BROKEN_LINK_IDS]
    if show:
        for m in misses:
            print(f"  miss {os.path.basename(path)}:{m[0]} {m[1]} entries at line: {m[2]}")
        for l in lost[:40]:
            print(f"  lost {os.path.basename(path)}:{l[0]} {l[1]} entries at line: {l[2]}")
        for b in bad:
            print(f"  bad  {os.path.basename(path)}:{b[0]} {b[1]!r} ({b[2]})")
        for d in errors:
            print(f"  err  {os.path.basename(path)}:{d['line']} {d['id']} {d['message'][:140]}")
    return len(papers), read, len(all_links), kept, len(entries), len(bad), len(errors)


def main(argv):
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    refs = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "tools", "paper_refs.py")
    if "--refs" in argv:
        i = argv.index("--refs")
        refs = argv[i + 1]
        del argv[i:i + 2]
    tool, files = argv[0], argv[1:]
    total = [0] * 7
    print(f"{'file':48} {'papers':>6} {'read':>6} {'links':>6} {'entries':>7} {'bad':>5} {'err/1k':>6}")
    for path in files:
        r = measure(tool, refs, path, show)
        total = [a + b for a, b in zip(total, r)]
        print(row(os.path.basename(path), r))
    print(row("all", total))


def row(name, r):
    papers, read, links, kept, entries, bad, errors = r
    pct = lambda a, b: f"{100.0 * a / b:5.1f}%" if b else "   - "
    per_k = f"{1000.0 * errors / entries:6.1f}" if entries else "     -"
    return f"{name[:48]:48} {papers:6} {pct(read, papers)} {pct(kept, links)} {entries:7} {pct(bad, entries)} {per_k}"


if __name__ == "__main__":
    main(sys.argv[1:])
