#!/usr/bin/env python3
"""The query-mix report: answers compared across engines, mean ms per template, query mixes per hour.

usage: report.py OUTDIR [--peers DIR] [--size SIZE] [--store DIR] [--engines "ours jena oxigraph"] [--also-without T1,T2]

OUTDIR is what bench/mix/run.sh wrote: queries/mix.tsv (file, mix, timed, template, form), the logs
ours.log (TIMING engine=mem|lmdb query=NAME rows=N ... median_ms=M cpu_median_ms=C), jena.log and
oxigraph.log (TIMING query=NAME rows=N ms=M, ERROR query=NAME ...), each ending with the RESOURCES line of
/usr/bin/time, and each engine's answers: ours/mem/NAME.srj|.nt, ours/lmdb/..., jena/..., oxigraph/...
SELECT and ASK answers are compared as canonical TSV (the peers' canon.py); CONSTRUCT and DESCRIBE answers
by their number of distinct triples. --also-without adds a QMpH table leaving those templates out.
Prints Markdown; exits 1 when answers differ or one of ours failed.
"""
import importlib.util
import os
import re
import sys

ENGINES = [("mem", "ours mem", "ours", "ours/mem"), ("lmdb", "ours LMDB", "ours", "ours/lmdb"),
           ("jena", "Jena mem", "jena", "jena"), ("oxigraph", "Oxigraph", "oxigraph", "oxigraph")]
PEER_KEYS = ("jena", "oxigraph")


def load_canon(peers):
    spec = importlib.util.spec_from_file_location("canon", os.path.join(peers, "canon.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def parse_log(text, engine):
    """(ms per query, cpu ms per query, errors per query, resources dict, load line) for one engine."""
    ms, cpu, errors, resources, load = {}, {}, {}, {}, ""
    for line in text.splitlines():
        kv = dict(re.findall(r"(\w+)=(\S+)", line))
        if line.startswith("TIMING") and "query" in kv:
            if engine in ("mem", "lmdb"):
                if kv.get("engine") != engine:
                    continue
                ms[kv["query"]] = float(kv["median_ms"])
                cpu[kv["query"]] = float(kv["cpu_median_ms"])
            else:
                ms[kv["query"]] = float(kv["ms"])
        elif line.startswith("TIMING") and "load_ms" in kv and (engine not in ("mem", "lmdb") or kv.get("engine") == engine):
            load = f"load {float(kv['load_ms']) / 1000:.1f} s, {kv.get('triples', '?')} triples"
        elif line.startswith("ERROR") and "query" in kv:
            errors[kv["query"]] = line
        elif line.startswith("RESOURCES"):
            resources = kv
    return ms, cpu, errors, resources, load


def answer(canon, folder, name):
    """The comparable form of one answer, or None when the engine wrote none."""
    srj, nt = os.path.join(folder, name + ".srj"), os.path.join(folder, name + ".nt")
    if os.path.exists(srj):
        import json
        with open(srj, encoding="utf-8") as f:
            return canon.canon_results(json.load(f))
    if os.path.exists(nt):
        with open(nt, encoding="utf-8") as f:
            return f"{len({l.strip() for l in f if l.strip()})} triples"
    return None


def size_of(key):
    """Rows of a canonical TSV answer, or the triple count of a graph answer."""
    if key is None:
        return "-"
    if key.endswith(" triples"):
        return key
    lines = key.rstrip("\n").split("\n")
    return "true" if lines[0] == "?_ask" and lines[1] == "true" else "false" if lines[0] == "?_ask" else f"{len(lines) - 1} rows"


def fmt(x, digits=2):
    return "-" if x is None else f"{x:.{digits}f}"


def main(argv):
    out = argv[1]
    opts = {"--peers": "/work/shared/peers", "--size": "?", "--store": "?", "--also-without": "", "--engines": "ours jena oxigraph"}
    for i in range(2, len(argv) - 1, 2):
        opts[argv[i]] = argv[i + 1]
    canon = load_canon(opts["--peers"])
    wanted = opts["--engines"].split()
    engines = [e for e in ENGINES if e[2] in wanted]
    rows = [l.split("\t") for l in read(os.path.join(out, "queries", "mix.tsv")).splitlines()[1:]]
    queries = [(f[:-3], int(mix), timed == "1", template, form) for f, mix, timed, template, form in rows]
    templates = list(dict.fromkeys(q[3] for q in queries))
    forms = {q[3]: q[4] for q in queries}
    timed = [q for q in queries if q[2]]
    mixes = len({q[1] for q in timed})

    logs = {e[0]: parse_log(read(os.path.join(out, e[2] + ".log")), e[0]) for e in engines}
    answers = {e[0]: {q[0]: answer(canon, os.path.join(out, e[3]), q[0]) for q in queries} for e in engines}

    # Engines that answered nothing could not run (out of memory, a crash): say so instead of dropping them.
    status = {}
    for key, label, log, _ in engines:
        ms, _, errors, res, load = logs[key]
        tail = [l.strip() for l in read(os.path.join(out, log + ".log")).splitlines()
                if l.strip() and not l.startswith(("TIMING", "RESOURCES", "Command exited", "Command terminated"))]
        # The first line naming an error says why (Java's OutOfMemoryError, WebAssembly's RuntimeError), else the last.
        tail = [next((l for l in tail if re.search(r"Error|Exception|Killed", l)), tail[-1])] if tail else []
        peak = f", peak RSS {int(res['peak_rss_kb']) / 1024 / 1024:.1f} GB" if "peak_rss_kb" in res else ""
        wall = f", process {res['wall_s']} s, exit {res.get('exit', '?')}" if "wall_s" in res else ""
        if not ms:
            reason = (tail[-1][:300] if tail else "no output") if res or tail else "not run"
            status[key] = f"could not run: {reason}{wall}{peak}"
        else:
            missing = [q[0] for q in queries if q[0] not in ms]
            status[key] = f"{load or 'same process as ours mem, store ' + opts['--store']}{wall}{peak}" + (f"; {len(missing)} queries failed or timed out (first: {missing[0]})" if missing else "")

    # Answers per query: every engine that answered must give the same (canonical rows or triple count).
    disagreements = []
    agree = {t: [0, 0] for t in templates}
    for name, _, _, template, form in queries:
        got = {e[0]: answers[e[0]][name] for e in engines if answers[e[0]][name] is not None}
        agree[template][1] += 1
        if len(set(got.values())) <= 1:
            agree[template][0] += 1
        else:
            disagreements.append((name, form, got))

    def answer_range(template):
        """The smallest and largest answer over the timed queries of a template (the first engine that answered)."""
        sizes = []
        for q in timed:
            if q[3] == template:
                ref = next((answers[e[0]][q[0]] for e in engines if answers[e[0]][q[0]] is not None), None)
                if ref is not None:
                    sizes.append(size_of(ref))
        if not sizes:
            return "-"
        if all(x in ("true", "false") for x in sizes):
            return f"{sizes.count('true')} true, {sizes.count('false')} false"
        unit = sizes[0].split()[1]
        n = sorted(int(x.split()[0]) for x in sizes)
        return f"{n[0]}-{n[-1]} {unit}" if n[0] != n[-1] else f"{n[0]} {unit}"

    def answered(key, template):
        """' (n of m)' when the engine answered only some of the template's timed queries (failed or timed out)."""
        ms, errors = logs[key][0], logs[key][2]
        of = [q for q in timed if q[3] == template]
        n = sum(1 for q in of if q[0] in ms)
        return "" if n == len(of) or n == 0 and not errors else f" ({n} of {len(of)})"

    def mean(key, template, cpu=False):
        values = logs[key][1 if cpu else 0]
        xs = [values[q[0]] for q in timed if q[3] == template and q[0] in values]
        return sum(xs) / len(xs) if xs else None

    load = read(os.path.join(out, "load.txt")).strip().replace("\n", "; ")
    print(f"## Query mix, news-{opts['--size']}: {mixes} timed mixes of {len(timed) // max(mixes, 1)} queries "
          f"after {len({q[1] for q in queries}) - mixes} warm-up mixes, each query run once")
    print()
    print(f"{load}")
    print()
    print("Engines:")
    for key, label, _, _ in engines:
        print(f"- {label}: {status[key]}")
    print()
    labels = [e[1] for e in engines]
    ours = [e for e in engines if e[2] == "ours"]
    peers = [e for e in engines if e[0] in PEER_KEYS]
    head = ["template", "form", "timed queries", "answer sizes"] + [f"{l} ms" for l in labels]
    if ours:
        head += [f"{e[1]} CPU ms" for e in ours]
    if ours and peers:
        head += [f"{e[1]} / best peer" for e in ours]
    head.append("answers agree")
    print("Mean ms per query, per template (timed mixes only):")
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---", "---", "---:", "---:"] + ["---:"] * (len(head) - 5) + ["---"]) + "|")
    for t in templates:
        cells = [t, forms[t], str(sum(1 for q in timed if q[3] == t)), answer_range(t)]
        means = {e[0]: mean(e[0], t) for e in engines}
        cells += [fmt(means[e[0]]) + answered(e[0], t) for e in engines]
        cells += [fmt(mean(e[0], t, cpu=True)) for e in ours]
        best = min((means[e[0]] for e in peers if means[e[0]] is not None), default=None)
        if ours and peers:
            cells += ["-" if best is None or means[e[0]] is None else f"{means[e[0]] / best:.2f}" for e in ours]
        cells.append(f"{agree[t][0]}/{agree[t][1]}")
        print("| " + " | ".join(cells) + " |")
    print()

    # QMpH: timed mixes per hour of summed query time, only for an engine that answered every timed query.
    print("Query mixes per hour (QMpH = 3,600,000 ms x timed mixes / summed ms of the timed queries):")
    print()
    without = [t for t in opts["--also-without"].split(",") if t in templates]
    for left_out in [None] + without:
        mixed = [q for q in timed if q[3] != left_out]
        if left_out:
            print()
            print(f"The same without the {left_out} queries (it dominates the peers' mix time):")
            print()
        print("| engine | timed queries answered | summed ms | QMpH | / best peer's QMpH | CPU QMpH |")
        print("|---|---:|---:|---:|---:|---:|")
        qmph, bound = {}, {}
        for key, label, _, _ in engines:
            ms, errors = logs[key][0], logs[key][2]
            done = [q for q in mixed if q[0] in ms]
            total = sum(ms[q[0]] for q in done)
            qmph[key] = 3_600_000 * mixes / total if done and len(done) == len(mixed) and total > 0 else None
            # Failed queries counted at the time they ran before failing (a timeout): the engine does at most this.
            failed_ms = [float(re.search(r"ms=(\S+)", errors[x[0]]).group(1)) for x in mixed if x[0] in errors]
            if qmph[key] is None and done and len(done) + len(failed_ms) == len(mixed):
                bound[key] = (3_600_000 * mixes / (total + sum(failed_ms)), len(failed_ms))
        best_peer = max((qmph[e[0]] for e in peers if qmph[e[0]] is not None), default=None)
        best_is_bound = best_peer is None and any(e[0] in bound for e in peers)
        if best_is_bound:
            best_peer = max(bound[e[0]][0] for e in peers if e[0] in bound)
        for key, label, _, _ in engines:
            ms, cpu = logs[key][0], logs[key][1]
            done = [q for q in mixed if q[0] in ms]
            total = sum(ms[q[0]] for q in done)
            cpu_total = sum(cpu.get(q[0], 0) for q in done)
            cpu_qmph = f"{3_600_000 * mixes / cpu_total:,.0f}" if cpu and cpu_total > 0 and len(done) == len(mixed) else "-"
            ratio = "-" if qmph[key] is None or best_peer is None else \
                f"> {qmph[key] / best_peer:.2f}" if best_is_bound and key not in PEER_KEYS else f"{qmph[key] / best_peer:.2f}"
            q = "-" if qmph[key] is None else f"{qmph[key]:,.0f}"
            if key in bound:
                q = f"< {bound[key][0]:,.0f} ({bound[key][1]} failed, counted at their time to failure)"
            print(f"| {label} | {len(done)}/{len(mixed)} | {total:,.1f} | {q} | {ratio} | {cpu_qmph} |")
    print()
    print("Reading it: ms columns are means over the timed queries of a template (parameters differ per mix); "
          "'/ best peer' is ours divided by the faster of Jena and Oxigraph for that template (below 1 = we are faster); "
          "in the QMpH table above 1 = more mixes per hour than the best peer. CPU is our process's CPU time per query "
          "(all threads), steadier than wall time on a shared machine.")
    print()
    if disagreements:
        print(f"Answers that differ ({len(disagreements)} queries; SELECT/ASK as canonical rows, CONSTRUCT/DESCRIBE as triple counts):")
        print()
        for name, form, got in disagreements:
            groups = {}
            for k, v in got.items():
                groups.setdefault(v, []).append(dict((e[0], e[1]) for e in engines)[k])
            print(f"- {name} ({form}): " + "; ".join(f"{', '.join(ls)}: {size_of(v)}" for v, ls in groups.items()))
    else:
        print("Answers: every engine that answered gave the same rows (SELECT, ASK) or triple count (CONSTRUCT, DESCRIBE) for every query.")
    failed_ours = any(not logs[e[0]][0] or len(logs[e[0]][0]) < len(queries) for e in ours)
    return 1 if disagreements or failed_ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
