"""The `build_dataset` Prefect flow: tasks over batches of articles, around the pure stage functions.

A task run costs Prefect 10-20 ms and a flow run about a second, so the per-article work runs in
batches (one task per batch), and the corpus-wide stages run once. Nothing here holds stage logic:
that lives in sayasat.ingest/clean/segment/actors/quotes/claims/corpus/validate/release.
"""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed

from sayasat import release
from sayasat.corpus import assemble
from sayasat.ingest import Reject, list_inputs, sha256
from sayasat.pipeline import ArticleResult, Config, process
from sayasat.validate import render_markdown, validate


@task(name="fingerprint-inputs")
def fingerprint_batch(root: str, sources: list[str]) -> list[tuple[str, str]]:
    """(source, sha256 of its bytes) for a batch of inputs."""
    return [(s, sha256((Path(root) / s).read_bytes())) for s in sources]


@task(name="process-batch")
def process_batch(root: str, sources: list[str], config: Config) -> list[ArticleResult]:
    """Decode, clean, segment and annotate a batch of articles."""
    return [process(s, (Path(root) / s).read_bytes(), config) for s in sources]


@task(name="assemble-tables")
def assemble_tables(results: list[ArticleResult], rejects: list[Reject], version: str):
    return assemble(results, rejects, version)


@task(name="validate-release")
def validate_release(tables, n_inputs: int, version: str) -> dict:
    report = validate(tables, n_inputs, version)
    create_markdown_artifact(markdown=render_markdown(report), key="sayasat-validation",
                             description=f"Validation of Sayasat release {version}")
    return report


@task(name="publish-release")
def publish_release(output: str, version: str, tables, report: dict, info: dict) -> str:
    return str(release.publish(Path(output), version, tables, report, info))


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class Progress:
    """Progress of the per-article stage on stderr: a live line on a terminal, a line every 10% otherwise."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled
        self.tty = sys.stderr.isatty()
        self.t0 = time.monotonic()
        self.last_decile = -1

    def add(self, n: int) -> None:
        self.done += n
        if not self.enabled or not self.total:
            return
        rate = self.done / max(1e-9, time.monotonic() - self.t0)
        line = f"  articles {self.done}/{self.total} ({100 * self.done // self.total}%), {rate:.0f}/s"
        if self.tty:
            print("\r" + line, end="\n" if self.done >= self.total else "", file=sys.stderr, flush=True)
        elif (decile := 10 * self.done // self.total) != self.last_decile:
            self.last_decile = decile
            print(line, file=sys.stderr, flush=True)


@flow(name="build_dataset", log_prints=False)
def build_dataset(input_dir: str, output_dir: str, batch_size: int = 50, max_bytes: int = Config.max_bytes,
                  show_progress: bool = False) -> dict:
    """Build a validated, versioned release of every file under `input_dir` into `output_dir`."""
    timings: dict[str, float] = {}
    t = time.monotonic()
    root, output = Path(input_dir), Path(output_dir)
    config = Config(max_bytes=max_bytes)
    sources = list_inputs(root)
    futures = [fingerprint_batch.submit(str(root), b) for b in _batches(sources, 500)]
    pairs = [p for f in futures for p in f.result()]
    timings["fingerprint"] = time.monotonic() - t
    # exact duplicates: the first source (in path order) is kept, the others are rejects naming it
    first: dict[str, str] = {}
    dup_rejects: list[Reject] = []
    unique: list[str] = []
    for source, digest in sorted(pairs):
        if digest in first:
            dup_rejects.append(Reject(source, digest, "duplicate", f"identical bytes to {first[digest]}"))
        else:
            first[digest] = source
            unique.append(source)
    code = release.code_version()
    key = release.build_key(code, config.digest(), release.input_fingerprint(pairs))
    with release.output_lock(output):
        release.clean_stale_temp(output)
        existing = release.release_with_key(output, key)
        if existing:
            if release.latest(output) != existing:
                release.set_latest(output, existing)
            return {"version": existing, "new": False, "path": str(output / existing), "status": "passed",
                    "inputs": len(sources)}
        t = time.monotonic()
        progress = Progress(len(unique), show_progress)
        results: list[ArticleResult] = []
        pending = [process_batch.submit(str(root), b, config) for b in _batches(unique, batch_size)]
        for fut in as_completed(pending):
            batch = fut.result()
            results += batch
            progress.add(len(batch))
        timings["process"] = time.monotonic() - t
        t = time.monotonic()
        version = release.next_version(output, key)
        tables = assemble_tables(results, dup_rejects, version)
        timings["assemble"] = time.monotonic() - t
        t = time.monotonic()
        report = validate_release(tables, len(sources), version)
        timings["validate"] = time.monotonic() - t
        t = time.monotonic()
        info = {"code_version": code, "config_hash": config.digest(), "config": asdict(config),
                "input_fingerprint": release.input_fingerprint(pairs), "build_key": key, "n_inputs": len(sources),
                "timings": {k: round(v, 3) for k, v in timings.items()}}
        path = publish_release(str(output), version, tables, report, info)
        timings["publish"] = time.monotonic() - t
    return {"version": version, "new": True, "path": path, "status": report["status"], "inputs": len(sources),
            "rows": {k: v.num_rows for k, v in tables.items()}, "timings": timings}
