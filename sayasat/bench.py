"""`sayasat bench`: wall time, articles/s, peak memory and time per stage of whole builds.

Corpora of real text come from ../shared/tools/make_bench_corpus.py (factRuEval and KazNERD paragraphs
with chrome and datelines like real pages). Each size is built from scratch with `sayasat build` in a
child process (Prefect start-up included), measured with the peak RSS of its largest process and of
all its processes together (the flow and its workers, sampled from /proc); then 1% new files are
added and the incremental build is timed and its tables compared with a full rebuild's. Results are
printed and written as JSON; this is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

from sayasat.schemas.tables import TABLE_NAMES


def _run_build(inp: Path, out: Path, extra: list[str]) -> dict:
    """Build in a child process; wall seconds, the child's peak RSS and the manifest's timings."""
    cmd = [sys.executable, "-m", "sayasat.cli", "build", "--input", str(inp), "--output", str(out), "--quiet",
           *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tree_peak = [0]
    sampler = threading.Thread(target=_sample_tree, args=(proc, tree_peak), daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.monotonic() - t
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"build failed: {stderr.strip()[-500:]}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    name = (out / "LATEST").read_text().strip()
    manifest = json.loads((out / name / "manifest.json").read_text())
    return {"wall_s": round(wall, 2), "peak_rss_mib": round(max(peak_kib, before) / 1024, 1),
            "peak_tree_rss_mib": round(tree_peak[0] / 1024, 1) if tree_peak[0] else None,
            "release": name, "timings_s": manifest.get("timings_seconds", {}),
            "processed_now": manifest.get("processed_now")}


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants (the build and its workers), from /proc."""
    children: dict[int, list[int]] = defaultdict(list)
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                children[int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])].append(int(d.name))
            except (OSError, IndexError, ValueError):
                continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            total += next(int(line.split()[1]) for line in Path(f"/proc/{p}/status").read_text().splitlines()
                          if line.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):
            pass
        stack += children.get(p, [])
    return total


def _sample_tree(proc: subprocess.Popen, peak: list[int]) -> None:
    """The peak of the whole process tree's RSS, sampled four times a second (Linux only; elsewhere 0).
    ru_maxrss gives only the largest single process, while the workers run beside the flow."""
    if not Path("/proc/self/status").exists():
        return
    while proc.poll() is None:
        peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
        time.sleep(0.25)


def _same_tables(a: Path, b: Path) -> bool:
    return all(pq.read_table(a / f"{t}.parquet").equals(pq.read_table(b / f"{t}.parquet")) for t in TABLE_NAMES)


def bench(sizes: list[int], work: Path, make_corpus: Path, extra: list[str], seed: int = 1) -> list[dict]:
    results = []
    for n in sizes:
        corpus = work / f"corpus_{n}"
        for f in corpus.glob("added_*") if corpus.exists() else []:
            f.unlink()  # left by an interrupted run: the full build measures N articles, not N + 1%
        if not corpus.exists():
            subprocess.run([sys.executable, str(make_corpus), str(n), str(corpus), str(seed)], check=True,
                           capture_output=True)
        out = work / f"out_{n}"
        shutil.rmtree(out, ignore_errors=True)
        full = _run_build(corpus, out, extra)
        row = {"articles": n, **full, "articles_per_s": round(n / full["wall_s"], 1)}
        # incremental: 1% new files, against a full rebuild of the same inputs
        new = max(1, n // 100)
        extra_dir = work / f"new_{n}"
        shutil.rmtree(extra_dir, ignore_errors=True)
        subprocess.run([sys.executable, str(make_corpus), str(new), str(extra_dir), str(seed + 1000)], check=True,
                       capture_output=True)
        for f in extra_dir.iterdir():
            shutil.copy(f, corpus / f"added_{f.name}")
        inc = _run_build(corpus, out, extra)
        full_again = work / f"out_{n}_full"
        shutil.rmtree(full_again, ignore_errors=True)
        ref = _run_build(corpus, full_again, extra + ["--no-cache"])
        same = _same_tables(out / inc["release"], full_again / ref["release"])
        row["incremental"] = {"added": new, "wall_s": inc["wall_s"], "share_of_full": round(inc["wall_s"] /
                                                                                           full["wall_s"], 3),
                              "processed_now": inc["processed_now"], "tables_equal_full_rebuild": same}
        for f in list(corpus.iterdir()):
            if f.name.startswith("added_"):
                f.unlink()
        shutil.rmtree(full_again, ignore_errors=True)
        results.append(row)
        print(_line(row), flush=True)
    return results


def _line(r: dict) -> str:
    t = r["timings_s"]
    stages = ", ".join(f"{k.removeprefix('stage_cpu_')} {v:.1f}" for k, v in t.items() if k.startswith("stage_cpu_"))
    phases = ", ".join(f"{k} {v:.1f}" for k, v in t.items() if not k.startswith("stage_cpu_"))
    inc = r["incremental"]
    tree = f", all processes {r['peak_tree_rss_mib']:.0f} MiB" if r.get("peak_tree_rss_mib") else ""
    return (f"{r['articles']:>7} articles: {r['wall_s']:.1f} s, {r['articles_per_s']:.1f} articles/s, peak RSS "
            f"{r['peak_rss_mib']:.0f} MiB (largest process){tree} | phases (s): {phases} | "
            f"per-article stages (CPU s): {stages} | "
            f"+{inc['added']} new files: {inc['wall_s']:.1f} s = {100 * inc['share_of_full']:.1f}% of full, "
            f"{inc['processed_now']} processed, tables equal to a full rebuild: {inc['tables_equal_full_rebuild']}")


def main(sizes: list[int], work: str, shared: str, extra: list[str], out_json: str | None) -> int:
    make_corpus = Path(shared) / "tools" / "make_bench_corpus.py"
    if not make_corpus.exists():
        print(f"sayasat: {make_corpus} not found; pass --shared (the folder with tools/ and eval/)")
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    w = Path(work)
    w.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs; corpora and releases under {w}")
    res = bench(sizes, w, make_corpus, extra)
    if out_json:
        Path(out_json).parent.mkdir(parents=True, exist_ok=True)
        Path(out_json).write_text(json.dumps(res, indent=1) + "\n")
        print(f"results: {out_json}")
    return 0
