"""The `build_dataset` Prefect flow: tasks over batches of articles, around the pure stage functions.

A task run costs Prefect 10-20 ms and a flow run about a second, so the per-article work runs in
batches (one task per batch) and the corpus-wide stages run once. Batch tasks write their rows as Arrow
tables and return small summaries, so memory stays flat as the corpus grows. Batches are cut where the
inputs say (`content_batches`) and cached by their inputs' content, and articles are cached one by one,
both keyed on content, code and config: unchanged inputs are never processed twice, and a batch whose
inputs are unchanged is not even sent to a worker. Nothing here
holds stage logic: that lives in sayasat.ingest/clean/segment/actors/quotes/claims/corpus/validate/release.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import asdict
from itertools import pairwise
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed

from sayasat.corpus import Corpus, TableWriter, batch_tables
from sayasat.ids import content_ends
from sayasat.ingest import Reject, fingerprint, list_inputs
from sayasat.pipeline import ArticleResult, Config, process
from sayasat.store import ArticleCache, BatchSummary, read_batch_summary, read_batch_tables, write_batch


@task(name="process-batch")
def process_batch(root: str, items: list[tuple[str, str]], config: Config, cache_root: str, folder: str) \
        -> BatchSummary:
    """Decode, clean, segment and annotate a batch of articles (the cached ones are read back), and
    write the batch's rows as Arrow tables into `folder`."""
    cache = ArticleCache.at(Path(cache_root))
    results, timings, processed = [], Counter(), 0
    for source, digest in items:
        r = cache.get(source, digest)
        if r is None:
            r = _process_and_keep(cache, root, source, digest, config, timings)
            processed += 1
        results.append(r)
    summary = BatchSummary(folder, results, processed, dict(timings))
    write_batch(Path(folder), summary, batch_tables(results, summary))
    return summary


@task(name="process-articles")
def process_articles(root: str, items: list[tuple[str, str]], config: Config, cache_root: str) \
        -> tuple[int, dict[str, float]]:
    """Process articles into the article cache only: a small update's new articles, shared among the
    workers before their batches are assembled from the cache. Returns their number and stage times."""
    cache, timings = ArticleCache.at(Path(cache_root)), Counter()
    for source, digest in items:
        _process_and_keep(cache, root, source, digest, config, timings)
    return len(items), dict(timings)


def _process_and_keep(cache: ArticleCache, root: str, source: str, digest: str, config: Config,
                      timings: Counter) -> ArticleResult:
    r = process(source, (Path(root) / source).read_bytes(), config)
    timings.update(r.timings)
    cache.put(r)
    return r


# The corpus-wide tasks run once per build and their results are never persisted, so a Prefect cache key
# would never be looked up; computing one hashed their inputs (every batch's summary, the whole corpus):
# 0.7 s of each build. Hence NO_CACHE. (Unchanged inputs are skipped by the batch and article caches.)
@task(name="resolve-corpus", cache_policy=NO_CACHE)
def resolve_corpus(summaries: list[BatchSummary]) -> Corpus:
    """Actor ids across the corpus, stories, claim groups."""
    return Corpus(summaries)


@task(name="write-tables", cache_policy=NO_CACHE)
def write_tables(corpus: Corpus, summaries: list[BatchSummary], rejects: list[Reject], version: str, folder: str) \
        -> dict[str, int]:
    """Stream every batch's rows, with their corpus-wide ids, into the release's Parquet files."""
    writer = TableWriter(Path(folder), version)
    for s in summaries:
        writer.add_batch(corpus.finalize(s, read_batch_tables(s.path)), s.rejects)
    return writer.close(corpus.resolver, rejects)


@task(name="validate-release", cache_policy=NO_CACHE)
def validate_release(folder: str, n_inputs: int, version: str, passed: str | None) -> dict:
    """The release's validation; parts byte-identical to parts that passed under this code are not
    checked again (`passed`, in the build's cache; None checks everything)."""
    from sayasat.validate import render_markdown, validate  # imported here: the batch workers need none of it

    report = validate(Path(folder), n_inputs, version, Path(passed) if passed else None)
    create_markdown_artifact(markdown=render_markdown(report), key="sayasat-validation",
                             description=f"Validation of Sayasat release {version}")
    return report


@task(name="table-changes", cache_policy=NO_CACHE)
def table_changes(folder: str, names: list[str], previous: str | None, saved: str) -> dict[str, dict]:
    """Some tables' sha256 and their diffs against the previous release, for CHANGES.md (their row keys and
    hashes kept in `saved`; `changes.table_changes`)."""
    from sayasat.changes import table_changes as changes_of

    return changes_of(Path(folder), names, Path(previous) if previous else None, Path(saved))


@task(name="publish-release", cache_policy=NO_CACHE)
def publish_release(output: str, version: str, folder: str, report: dict, info: dict,
                    digests: dict[str, str], diffs: dict[str, dict]) -> str:
    from sayasat import release

    return str(release.finish(Path(output), version, Path(folder), report, info, digests, diffs))


def table_shares(folder: Path, n: int) -> list[list[str]]:
    """The tables cut into at most `n` shares of about equal bytes (largest first, each to the lightest share),
    for the workers that hash and diff them."""
    from sayasat.schemas.tables import TABLE_NAMES

    size = {name: (folder / f"{name}.parquet").stat().st_size for name in TABLE_NAMES}
    shares: list[list[str]] = [[] for _ in range(max(1, n))]
    load = [0] * len(shares)
    for name in sorted(TABLE_NAMES, key=lambda t: -size[t]):
        k = load.index(min(load))
        shares[k].append(name)
        load[k] += size[name]
    return [sh for sh in shares if sh]


def _retire_workers() -> None:
    """The last task has run in a worker: a process pool's workers may exit while the release is published."""
    runner = getattr(FlowRunContext.get(), "task_runner", None)
    if hasattr(runner, "retire_workers"):
        runner.retire_workers()


def content_batches(items: list[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    """(source, digest) pairs, in source order, cut into batches of about `size` (at most 4 x `size`)
    whose boundaries depend only on the sources themselves (`ids.content_ends`): a new file changes the
    one batch it falls into, and every other batch keeps its inputs, so its cached tables are used as
    they are."""
    ends = content_ends([source for source, _ in items], size, 4 * size)
    return [items[a:b] for a, b in pairwise([0, *ends])]


def batch_key(items: list[tuple[str, str]]) -> str:
    """Names a batch by its inputs (paths and content hashes); the cache folder already names code and config."""
    return hashlib.sha256("\n".join(f"{s}\t{d}" for s, d in items).encode()).hexdigest()[:24]


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


def _build_key(code: str, config: Config, pairs: list[tuple[str, str]]) -> str:
    from sayasat import release

    return release.build_key(code, config.digest(), release.input_fingerprint(pairs))


def published_release(input_dir: str, output_dir: str, max_bytes: int = Config.max_bytes) -> str | None:
    """The release a build of these inputs would find already published (same inputs, code and config),
    or None when a build has work to do. `sayasat build` asks before it starts the workers, which a
    build that finds its release has no use for."""
    from sayasat import release

    root = Path(input_dir)
    pairs = fingerprint(root, list_inputs(root))
    return release.release_with_key(Path(output_dir), _build_key(release.code_version(), Config(max_bytes), pairs))


@flow(name="build_dataset", log_prints=False)
def build_dataset(input_dir: str, output_dir: str, batch_size: int = 100, max_bytes: int = Config.max_bytes,
                  use_cache: bool = True, show_progress: bool = False, workers: int | None = None) -> dict:
    """Build a validated, versioned release of every file under `input_dir` into `output_dir`. `workers`:
    how many the task runner has (the machine's cores if not given)."""
    from sayasat import release  # imported here: a batch worker imports this module, and needs none of it

    timings: dict[str, float] = {}
    t = time.monotonic()
    root, output = Path(input_dir), Path(output_dir)
    config = Config(max_bytes=max_bytes)
    sources = list_inputs(root)
    pairs = fingerprint(root, sources)
    timings["fingerprint"] = time.monotonic() - t
    # exact duplicates: the first source (in path order) is kept, the others are rejects naming it
    first: dict[str, str] = {}
    dup_rejects: list[Reject] = []
    unique: list[tuple[str, str]] = []
    for source, digest in sorted(pairs):
        if digest in first:
            dup_rejects.append(Reject(source, digest, "duplicate", f"identical bytes to {first[digest]}"))
        else:
            first[digest] = source
            unique.append((source, digest))
    code = release.code_version()
    key = _build_key(code, config, pairs)
    with release.output_lock(output):
        release.clean_stale_temp(output)
        existing = release.release_with_key(output, key)
        if existing:
            if release.latest(output) != existing:
                release.set_latest(output, existing)
            return {"version": existing, "new": False, "path": str(output / existing), "status": "passed",
                    "inputs": len(sources)}
        cache = ArticleCache(output, code, config.digest(), enabled=use_cache)
        cache.prune_others()
        work = output / f".work-{key[:8]}"
        t = time.monotonic()
        progress = Progress(len(unique), show_progress)
        batches = content_batches(unique, batch_size)
        summaries: list[BatchSummary | None] = [None] * len(batches)
        used: set[str] = set()
        todo, cached = [], []
        for i, b in enumerate(batches):
            if use_cache:
                bkey = batch_key(b)
                used.add(bkey)
                folder = cache.batch_folder(bkey)
                if folder.is_dir():
                    cached.append((i, folder))
                    continue
            else:
                folder = work / f"batch-{i:06d}"
            todo.append((i, folder))
        cache_root = str(cache.root) if use_cache else ""
        # a small update (fewer batches to process than workers, say the day's new files all in one batch):
        # its new articles are shared among the workers first, and its batches read them from the cache
        n_workers = workers or os.cpu_count() or 1
        shared = []
        if use_cache and 0 < len(todo) < n_workers:
            fresh = [item for i, _ in todo for item in batches[i] if not cache.has(*item)]
            if len(fresh) > 1:
                parts = [fresh[k * len(fresh) // n_workers:(k + 1) * len(fresh) // n_workers] for k in range(n_workers)]
                shared = [process_articles.submit(str(root), p, config, cache_root) for p in parts if p]

        def submit(i: int, folder: Path) -> tuple:
            return i, process_batch.submit(str(root), batches[i], config, cache_root, str(folder))

        # the work goes to the workers first, so that they start while the cached batches are read back;
        # largest batches first (they hold 1 to 400 articles), so that no worker ends on a long one alone
        todo.sort(key=lambda x: (-len(batches[x[0]]), x[0]))
        submitted = [] if shared else [submit(i, folder) for i, folder in todo]
        for i, folder in cached:
            if (s := read_batch_summary(folder)) is None:  # an incomplete batch folder: process it again
                todo.append((i, folder))
                if not shared:
                    submitted.append(submit(i, folder))
                continue
            s.processed, s.timings = 0, {}  # nothing was processed for it in this build
            summaries[i] = s
            progress.add(s.n)
        shared_out, shared_timings = 0, Counter()
        for fut in shared:
            n, stage = fut.result()
            shared_out += n
            shared_timings.update(stage)
        if shared:
            submitted = [submit(i, folder) for i, folder in todo]
        index = {id(f): i for i, f in submitted}
        for fut in as_completed([f for _, f in submitted]):
            summaries[index[id(fut)]] = s = fut.result()
            progress.add(s.n)
        timings["process"] = time.monotonic() - t
        t = time.monotonic()
        corpus = resolve_corpus(summaries)
        version = release.next_version(output, key)
        folder = release.begin(output, version)
        rows = write_tables(corpus, summaries, dup_rejects, version, str(folder))
        timings["assemble"] = time.monotonic() - t
        t = time.monotonic()
        stage_times: Counter = Counter(shared_timings)
        for s in summaries:
            stage_times.update(s.timings)
        processed_now = shared_out + sum(s.processed for s in summaries)
        # validation reads the tables back: the corpus and the batch summaries (which the futures hold too)
        # need not wait in memory meanwhile
        del summaries, corpus, submitted, index
        # meanwhile the workers hash the new tables' rows and diff them against the latest release, for
        # CHANGES.md (publishing would take a few seconds more to do it itself)
        previous = release.latest(output)
        diffing = [table_changes.submit(str(folder), share, str(output / previous) if previous else None,
                                        str(release.row_hashes_folder(output)))
                   for share in table_shares(folder, n_workers)]
        report = validate_release(str(folder), len(sources), version,
                                  str(cache.root / "validated") if use_cache else None)
        timings["validate"] = time.monotonic() - t
        info = {"code_version": code, "config_hash": config.digest(), "config": asdict(config),
                "input_fingerprint": release.input_fingerprint(pairs), "build_key": key, "n_inputs": len(sources),
                "processed_now": processed_now,
                "timings": {k: round(v, 3) for k, v in timings.items()}
                | {f"stage_cpu_{k}": round(v, 3) for k, v in stage_times.items()}}
        t = time.monotonic()
        digests, diffs = {}, {}
        for fut in diffing:  # had one failed, publishing would hash and diff its tables itself
            fut.wait()
            if fut.state.is_completed():
                for name, done in fut.result().items():
                    digests[name], diffs[name] = done["sha256"], done["diff"]
        _retire_workers()
        path = publish_release(str(output), version, str(folder), report, info, digests, diffs)
        timings["publish"] = time.monotonic() - t
        shutil.rmtree(work, ignore_errors=True)
        if use_cache:
            cache.prune_batches(used)
    return {"version": version, "new": True, "path": path, "status": report["status"], "inputs": len(sources),
            "rows": rows, "timings": timings, "processed_now": info["processed_now"]}
