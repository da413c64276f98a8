#!/usr/bin/env python3
"""Differential test of our SPARQL engine against Jena ARQ (the peer), on random queries.

usage: tests/differential/jena_differential.py [--queries N] [--seed S] [--size 20k] [--keep DIR]

Generates a small news graph with ../shared/peers/gen-news.py, then N random SELECT queries from a
grammar of the constructs the engine must get right together (joins, OPTIONAL, FILTER on numbers, dates
and strings, UNION, MINUS, NOT EXISTS, BIND, VALUES, property paths, GROUP BY with aggregates and HAVING,
DISTINCT, sub-SELECT). Each query runs on `kg query --data` (SPARQL JSON, canonicalised by the peers'
canon.py) and on Jena ARQ 4.5 in memory (../shared/peers/jena-query.sh, which prints the same canonical
TSV). Every difference is printed with the query; the exit code is the number of differing queries
(capped at 100), 0 when all agree. Queries are generated without ORDER BY/LIMIT, so results compare as
multisets. Run it after a change to the evaluator or optimizer:  python3 tests/differential/jena_differential.py
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
PEERS = os.environ.get("KG_PEERS", os.path.join(REPO, "..", "shared", "peers"))
PREFIXES = """PREFIX ex: <http://example.org/kg/ontology/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""


class QueryMaker:
    """Random queries over gen-news.py's vocabulary; every variable name says what it holds."""

    def __init__(self, rng):
        self.r = rng

    def event_core(self):
        t = self.r.choice(["ex:Attack", "ex:Capture", "ex:Delivery"])
        return [f"?e a {t} .", "?e ex:date ?date .", "?e ex:place ?place ."]

    def claim_core(self):
        return ["?c ex:claimedEvent ?e .", "?c ex:claimant ?who .", "?c ex:stance ?stance ."]

    def filter(self):
        return self.r.choice([
            f'FILTER(?date >= "{2019 + self.r.randint(0, 3)}-0{self.r.randint(1, 9)}-01"^^xsd:date)',
            f"FILTER(YEAR(?date) = {2019 + self.r.randint(0, 4)})",
            "FILTER(?stance = ex:denies)",
            "FILTER(?stance != ex:asserts)",
            f'FILTER(CONTAINS(LCASE(STR(?placeLabel)), "{self.r.choice("aeiou")}"))',
            f"FILTER(?conf > {self.r.randint(1, 9) / 10})",
            "FILTER(BOUND(?perp))",
            "FILTER(!BOUND(?perp))",
            f'FILTER(REGEX(?placeLabel, "^{self.r.choice("ABCKMS")}", "i"))',
        ])

    def make(self):
        r = self.r
        where = self.event_core()
        proj = ["?e", "?date"]
        uses_claim = r.random() < 0.6
        if uses_claim:
            where += self.claim_core()
            proj += ["?who", "?stance"]
            if r.random() < 0.5:
                where.append("?c ex:confidence ?conf .")
        if r.random() < 0.5:
            where.append("OPTIONAL { ?e ex:perpetrator ?perp . }")
        if r.random() < 0.5:
            where.append("OPTIONAL { ?place rdfs:label ?placeLabel . }")
        if r.random() < 0.3:
            where.append(r.choice(["?place ex:partOf+ ?region .", "?place ex:partOf/ex:partOf ?region .", "?place ex:partOf? ?region ."]))
            proj.append("?region")
        if r.random() < 0.3:
            where.append(r.choice([
                "MINUS { ?e ex:participant ?someone . ?someone a ex:ArmedGroup . }",
                "FILTER NOT EXISTS { ?d ex:claimedEvent ?e ; ex:stance ex:denies . }",
                "FILTER EXISTS { ?e ex:casualties ?n . }",
            ]))
        if r.random() < 0.2:
            where = ["{ " + " ".join(where) + " } UNION { ?e a ex:Capture ; ex:date ?date ; ex:place ?place ; ex:capturedBy ?who . }"]
        if r.random() < 0.25:
            # Numeric, not STR(MONTH(?date)): Jena 4.5 gives STR(MONTH("2020-06-02"^^xsd:date)) = "06" where the
            # spec (and we) give "6" (found by this script, seed 7); that Jena quirk is not what we test here.
            where.append("BIND(YEAR(?date) * 100 + MONTH(?date) AS ?month)")
        if r.random() < 0.15:
            where.append("VALUES ?stance { ex:asserts ex:denies }" if uses_claim else "VALUES ?x { 1 2 }")
        needed = {"?placeLabel": "?placeLabel", "?conf": "?conf", "?perp": "?perp"}
        filters = []
        for _ in range(r.randint(0, 2)):
            f = self.filter()
            if all(v not in f or v in " ".join(where) for v in needed) and ("?stance" not in f or uses_claim):
                filters.append(f)
        body = "\n  ".join(where + filters)
        if r.random() < 0.3:
            key = r.choice(["?place", "?stance" if uses_claim else "?place", "?month" if "?month" in body else "?place"])
            agg = r.choice(["COUNT(*)", "COUNT(DISTINCT ?e)", "MIN(?date)", "MAX(?date)", "SAMPLE(?e)" if False else "COUNT(?e)"])
            having = f"HAVING(COUNT(*) > {r.randint(0, 3)})" if r.random() < 0.5 else ""
            q = f"SELECT {key} (({agg}) AS ?agg) WHERE {{\n  {body}\n}} GROUP BY {key} {having}"
        else:
            distinct = "DISTINCT " if r.random() < 0.4 else ""
            cols = " ".join(sorted(set(p for p in proj if p in body)))
            q = f"SELECT {distinct}{cols} WHERE {{\n  {body}\n}}"
        if r.random() < 0.1:
            q = f"SELECT * WHERE {{ {{ {q} }} }}"
        return PREFIXES + q + "\n"


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", default="20k")
    ap.add_argument("--keep")
    a = ap.parse_args()
    work = a.keep or tempfile.mkdtemp(prefix="kg-diff-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, f"news-{a.size}.nt")
    if not os.path.exists(data):
        run([sys.executable, os.path.join(PEERS, "gen-news.py"), a.size, data], check=True)
    qdir = os.path.join(work, "queries")
    os.makedirs(qdir, exist_ok=True)
    maker = QueryMaker(random.Random(a.seed))
    names = []
    for i in range(a.queries):
        name = f"d{i:03d}"
        with open(os.path.join(qdir, name + ".rq"), "w") as f:
            f.write(maker.make())
        names.append(name)

    jena_out = os.path.join(work, "jena")
    p = run([os.path.join(PEERS, "jena-query.sh"), data] + [os.path.join(qdir, n + ".rq") for n in names] + ["--out", jena_out])
    if p.returncode != 0:
        print("Jena failed:\n" + p.stderr[-3000:], file=sys.stderr)
        return 100

    subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(REPO, "src", "KnowledgeGraph.Cli"), "-v", "q", "-nologo"], check=True, capture_output=True)
    kg = os.path.join(REPO, "src", "KnowledgeGraph.Cli", "bin", "Release", "net10.0", "kg.dll")
    differing = 0
    for n in names:
        q = os.path.join(qdir, n + ".rq")
        ours = run(["dotnet", kg, "query", "--data", data, "--file", q, "--results", "json"])
        expected = open(os.path.join(jena_out, n + ".tsv")).read()
        if ours.returncode != 0:
            differing += 1
            print(f"== {n}: kg query failed ({ours.returncode}): {ours.stderr.strip()}\n{open(q).read()}")
            continue
        canon = run([sys.executable, os.path.join(PEERS, "canon.py")], input=ours.stdout).stdout
        if canon != expected:
            differing += 1
            print(f"== {n}: results differ\n{open(q).read()}--- kg ({canon.count(chr(10)) - 1} rows) / jena ({expected.count(chr(10)) - 1} rows)")
    print(f"Jena differential: {len(names) - differing} passed, {differing} failed (seed {a.seed}, data {data})")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return min(differing, 100)


if __name__ == "__main__":
    sys.exit(main())
