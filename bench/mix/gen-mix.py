#!/usr/bin/env python3
"""Seeded query-mix generator for the news graph of gen-news.py (stdlib only).

usage: gen-mix.py DATA.nt OUTDIR [--warmup W] [--mixes M] [--seed N] [--templates DIR] [--each]

Reads DATA.nt once, keeps what the templates need (events with type, date, place, participants,
perpetrator and captor; the partOf chain; claims with claimant, stance and event; articles with publisher
and title), then writes W warm-up mixes and M timed mixes of concrete queries into OUTDIR:

  OUTDIR/m000-01-window.rq ...   one file per query, mix number then position in the mix
  OUTDIR/mix.tsv                 file, mix, timed (0 for warm-up), template, form (select|ask|construct|describe)

Like BSBM explore, a mix is a fixed sequence of templates (cheap lookups repeated, as a user browsing
would: search, look at an event, read its claims, ...); every parameter is drawn, with a seeded
random.Random, from the data, so every query has a non-empty answer (ASK answers true).
--each writes one query per template instead (mix 0, timed), which the tests use.
"""
import datetime
import os
import random
import re
import sys

KG = "http://example.org/kg/"
EX = KG + "ontology/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

# The sequence of one mix (template names without their number), BSBM-like: lookups recur.
MIX = ["window", "star", "claims", "star", "coactors", "keyword", "star", "claims",
       "top-actors", "contradicted", "construct", "describe", "subplaces", "stances", "ask", "roles"]

WANTED = {TYPE, EX + "date", EX + "place", EX + "participant", EX + "perpetrator", EX + "capturedBy",
          EX + "partOf", EX + "claimant", EX + "stance", EX + "claimedEvent", EX + "publisher", EX + "title",
          EX + "about"}
LINE = re.compile(r'^<([^>]*)> <([^>]*)> (.*) \.\s*$')
WORD = re.compile(r"[A-Za-z]{4,}")


class Graph:
    """The facts the templates draw parameters from, read from N-Triples in one pass."""

    def __init__(self, path):
        self.kind = {}            # event -> Attack|Capture|Delivery
        self.date = {}            # event -> date
        self.place = {}           # event -> settlement
        self.participants = {}    # event -> [actor]
        self.groups = {}          # event -> [armed group as perpetrator or captor]
        self.parent = {}          # place -> place it is part of
        self.claim_event = {}     # claim -> event
        self.claim_claimant = {}  # claim -> actor
        self.claim_stance = {}    # claim -> ex:asserts|ex:denies
        self.publisher = {}       # article -> publisher
        self.title = {}           # article -> title text
        self.article_of = {}      # event -> article about it
        self.countries = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = LINE.match(line)
                if not m or m.group(2) not in WANTED:
                    continue
                s, p, o = m.groups()
                if p == TYPE:
                    t = o[1:-1]
                    if s.startswith(KG + "event/"):
                        self.kind[s] = t[len(EX):]
                    elif t == EX + "Country":
                        self.countries.append(s)
                elif p == EX + "date":
                    self.date[s] = datetime.date.fromisoformat(o[1:o.index('"', 1)])
                elif p == EX + "place":
                    self.place[s] = o[1:-1]
                elif p == EX + "participant":
                    self.participants.setdefault(s, []).append(o[1:-1])
                elif p in (EX + "perpetrator", EX + "capturedBy"):
                    self.groups.setdefault(s, []).append(o[1:-1])
                elif p == EX + "partOf":
                    self.parent[s] = o[1:-1]
                elif p == EX + "claimedEvent":
                    self.claim_event[s] = o[1:-1]
                elif p == EX + "claimant":
                    self.claim_claimant[s] = o[1:-1]
                elif p == EX + "stance":
                    self.claim_stance[s] = o[1:-1]
                elif p == EX + "publisher":
                    self.publisher[s] = o[1:-1]
                elif p == EX + "title":
                    self.title[s] = o[1:o.rindex('"')]
                elif p == EX + "about":
                    self.article_of[o[1:-1]] = s
        self.events = sorted(e for e in self.kind if e in self.date and e in self.place)
        if not self.events:
            raise SystemExit(f"gen-mix.py: no events with a date and a place in {path} (is it gen-news.py output?)")
        self.claims = sorted(c for c in self.claim_event if c in self.claim_stance and c in self.claim_claimant)
        stances = {}
        for c in self.claims:
            stances.setdefault(self.claim_event[c], set()).add(self.claim_stance[c])
        self.contradicted = sorted(e for e, s in stances.items() if len(s) == 2 and e in self.place)
        self.claimed = sorted(stances)
        shared = set()
        for ps in self.participants.values():
            if len(ps) > 1:
                shared.update(ps)
        self.coactors = sorted(shared)
        self.articles = sorted(a for a in self.publisher if WORD.search(self.title.get(a, "")))
        self.group_events = sorted(e for e in self.groups if e in self.date)
        self.countries.sort()

    def up(self, place, steps):
        for _ in range(steps):
            place = self.parent[place]
        return place

    def province(self, event):
        return self.up(self.place[event], 2)

    def country(self, event):
        return self.up(self.place[event], 3)


def iri(x):
    return f"<{x}>"


def params(template, g, rng):
    """Parameters for one instance of TEMPLATE, drawn from G so the answer is not empty."""
    if template == "window":
        e = rng.choice(g.events)
        start = g.date[e] - datetime.timedelta(days=rng.randrange(0, 60))
        return {"TYPE": iri(EX + g.kind[e]), "PROVINCE": iri(g.province(e)),
                "FROM": start.isoformat(), "TO": (start + datetime.timedelta(days=90)).isoformat()}
    if template in ("star", "describe"):
        return {"EVENT": iri(rng.choice(g.events))}
    if template in ("claims", "construct", "stances"):
        return {"EVENT": iri(g.claim_event[rng.choice(g.claims)])}
    if template == "coactors":
        return {"ACTOR": iri(rng.choice(g.coactors))}
    if template == "keyword":
        a = rng.choice(g.articles)
        return {"PUBLISHER": iri(g.publisher[a]), "WORD": rng.choice(WORD.findall(g.title[a])).lower()}
    if template == "top-actors":
        e = rng.choice(g.events)  # every event has at least one participant
        return {"COUNTRY": iri(g.country(e)), "YEAR": str(g.date[e].year)}
    if template == "contradicted":
        return {"PROVINCE": iri(g.province(rng.choice(g.contradicted or g.events)))}
    if template == "subplaces":
        return {"COUNTRY": iri(rng.choice(g.countries))}
    if template == "ask":
        c = rng.choice(g.claims)
        return {"ACTOR": iri(g.claim_claimant[c]), "STANCE": iri(g.claim_stance[c]),
                "PROVINCE": iri(g.province(g.claim_event[c]))}
    if template == "roles":
        e = rng.choice(g.group_events)
        start = g.date[e] - datetime.timedelta(days=rng.randrange(0, 180))
        return {"GROUP": iri(rng.choice(g.groups[e])), "FROM": start.isoformat(),
                "TO": (start + datetime.timedelta(days=365)).isoformat()}
    raise SystemExit(f"gen-mix.py: no parameters known for template '{template}'")


def form(text):
    """The query form, from the first keyword after the prologue."""
    body = "\n".join(l for l in text.splitlines() if not re.match(r"\s*(#|PREFIX|BASE)", l, re.I))
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    if not m:
        raise SystemExit("gen-mix.py: a template has no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return m.group(1).lower()


def load_templates(folder):
    out = {}
    for f in sorted(os.listdir(folder)):
        m = re.match(r"^\d+-(.+)\.rq$", f)
        if m:
            with open(os.path.join(folder, f), encoding="utf-8") as t:
                out[m.group(1)] = t.read()
    missing = [t for t in MIX if t not in out]
    if missing:
        raise SystemExit(f"gen-mix.py: templates missing in {folder}: {', '.join(missing)}")
    return out


def fill(text, values):
    def sub(m):
        if m.group(1) not in values:
            raise SystemExit(f"gen-mix.py: no value for %{m.group(1)}%")
        return values[m.group(1)]
    return re.sub(r"%([A-Z]+)%", sub, text)


def main(argv):
    args = argv[1:]
    opts = {"--warmup": "3", "--mixes": "20", "--seed": "1",
            "--templates": os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")}
    each = "--each" in args
    args = [a for a in args if a != "--each"]
    pos = []
    i = 0
    while i < len(args):
        if args[i] in opts:
            if i + 1 >= len(args):
                raise SystemExit(f"gen-mix.py: {args[i]} needs a value")
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            pos.append(args[i])
            i += 1
    if len(pos) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    data, out = pos
    templates = load_templates(opts["--templates"])
    rng = random.Random(int(opts["--seed"]))
    g = Graph(data)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".rq") or f == "mix.tsv":
            os.remove(os.path.join(out, f))
    warmup, mixes = int(opts["--warmup"]), int(opts["--mixes"])
    plan = [(0, 1, list(templates))] if each else \
        [(m, int(m >= warmup), MIX) for m in range(warmup + mixes)]
    rows = ["file\tmix\ttimed\ttemplate\tform"]
    for mix, timed, sequence in plan:
        for n, t in enumerate(sequence, 1):
            name = f"m{mix:03d}-{n:02d}-{t}"
            text = fill(templates[t], params(t, g, rng))
            with open(os.path.join(out, name + ".rq"), "w", encoding="utf-8") as f:
                f.write(text)
            rows.append(f"{name}.rq\t{mix}\t{timed}\t{t}\t{form(text)}")
    with open(os.path.join(out, "mix.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(f"events={len(g.events)} claims={len(g.claims)} queries={len(rows) - 1} "
          f"mixes={len(plan)} (warm-up {0 if each else warmup})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
