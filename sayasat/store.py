"""Where per-article results live between stages: a content-addressed cache of articles and of batches.

- `ArticleCache`: one file per processed article, keyed by its source path, the sha256 of its bytes, the
  code version and the config. An unchanged input is never processed twice, so adding 1% new files to
  a corpus reprocesses 1% of it; a change of code or config starts a new cache (old ones are pruned).
- batch folders: each batch task writes its rows as Arrow tables and returns only a small `BatchSummary`,
  so memory stays flat as the corpus grows and Prefect moves little data between tasks. A batch's folder
  is named by the content of its inputs, so a batch whose inputs did not change is not even sent to a
  worker: its summary and tables are read back as they are.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the pipeline's modules load language models: `sayasat validate` and `diff` need none
    from datetime import datetime

    import pyarrow as pa

    from sayasat.pipeline import ArticleResult

CACHE_DIR = ".cache"
ROW_HASHES = "rowhashes"  # beside the article caches: each release's row keys and hashes (sayasat.changes)


class ArticleCache:
    def __init__(self, output: Path, code_version: str, config_hash: str, enabled: bool = True):
        self.root = output / CACHE_DIR / hashlib.sha256(f"{code_version}\n{config_hash}".encode()).hexdigest()[:16]
        self.enabled = enabled

    @classmethod
    def at(cls, root: Path) -> ArticleCache:
        """The cache whose folder is `root` (as passed to a worker); an empty path means no cache."""
        cache = cls.__new__(cls)
        cache.root, cache.enabled = root, str(root) not in ("", ".")
        return cache

    def _path(self, source: str, digest: str) -> Path:
        key = hashlib.sha256(f"{source}\n{digest}".encode()).hexdigest()
        return self.root / key[:2] / f"{key}.pkl"

    def get(self, source: str, digest: str) -> ArticleResult | None:
        if not self.enabled:
            return None
        path = self._path(source, digest)
        try:
            return pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def has(self, source: str, digest: str) -> bool:
        return self.enabled and self._path(source, digest).exists()

    def put(self, result: ArticleResult) -> None:
        if not self.enabled:
            return
        path = self._path(result.source, result.raw_sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)

    def batch_folder(self, key: str) -> Path:
        """Where the batch whose inputs hash to `key` keeps its tables and summary."""
        return self.root / "batches" / key

    def prune_batches(self, keep: set[str]) -> None:
        """Drop the batches of earlier builds that this one did not use (a batch is only ever hit again
        if its exact inputs come back, and articles are cached one by one anyway)."""
        folder = self.root / "batches"
        if folder.is_dir():
            for p in folder.iterdir():
                if p.name not in keep:
                    shutil.rmtree(p, ignore_errors=True)

    def prune_others(self) -> None:
        """Drop caches of other code versions or configs (they can never be hit again)."""
        parent = self.root.parent
        if parent.is_dir():
            for p in parent.iterdir():
                if p.is_dir() and p != self.root and p.name != ROW_HASHES:
                    shutil.rmtree(p, ignore_errors=True)


class BatchSummary:
    """What the corpus stage needs of a batch, without its texts. A plain class, not a dataclass, so that
    Prefect passes it between tasks as it is instead of walking every field.

    `path` is the folder holding the batch's rows as Arrow tables (`batch_tables`); rows that name an
    actor refer to it by its number in `identities`, a claim to its fact by its number in `fact_keys`."""

    def __init__(self, path: str, results: list[ArticleResult], processed: int, timings: dict[str, float]):
        self.path = path
        self.n = len(results)
        self.processed = processed  # articles processed now (the rest came from the cache)
        self.timings = timings
        self.rejects = [dict(r.reject.__dict__) for r in results if r.reject]
        self.identities: list[dict] = []
        self.articles: list[tuple[str, list[dict], set[tuple[float, str]], datetime | None]] = []
        self.facts: list[tuple[str, tuple]] = []
        self.fact_keys: list[tuple] = []
        self.ident_articles: list[int] = []  # per identity, the number of the batch's articles naming it
        self.ident_mentions: list[int] = []  # and of its mentions: the tie-break between written forms
        # one dict per distinct identity in the batch, shared by every article naming it: the corpus stage
        # holds every batch's summary at once
        self._ident_index: dict[tuple, int] = {}
        self._fact_index: dict[tuple, int] = {}
        for r in results:
            if not r.article:
                continue
            mentioned = [self.ident_ref(m["_actor"]) for m in r.mentions]
            named = mentioned + [self.ident_ref(row[key]) for row in r.quotes + r.claims
                                 for key in ("_speaker", "_claimant", "_target") if row.get(key)]
            for ref in set(named):
                self.ident_articles[ref] += 1
            for ref in mentioned:
                if ref is not None:
                    self.ident_mentions[ref] += 1
            persons = [self.identities[i] for i in dict.fromkeys(mentioned) if self.identities[i]["kind"] == "person"]
            numbers = {(c["value"], c["bound"]) for c in r.claims if c["kind"] == "quantity" and c["value"]
                       and c["value"] >= 10}
            self.articles.append((r.article["article_id"], persons, numbers, r.article["published_at"]))
            self.facts += [(r.article["article_id"], c["_fact"]) for c in r.claims if c["_fact"] is not None]

    def ident_ref(self, ident: dict | None) -> int | None:
        """The batch-local number of an identity (None for none), adding it when new."""
        if not ident:
            return None
        key = identity_key(ident)
        if key not in self._ident_index:
            self._ident_index[key] = len(self.identities)
            self.identities.append(ident)
            self.ident_articles.append(0)
            self.ident_mentions.append(0)
        return self._ident_index[key]

    def fact_ref(self, fact: tuple | None) -> int | None:
        if fact is None:
            return None
        if fact not in self._fact_index:
            self._fact_index[fact] = len(self.fact_keys)
            self.fact_keys.append(fact)
        return self._fact_index[fact]

    def __getstate__(self) -> dict:
        """The look-up indexes are only needed while the batch's tables are built."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}


def identity_key(ident: dict) -> tuple:
    return tuple(sorted((k, v) for k, v in ident.items() if v is not None))


SUMMARY, TABLES = "summary.pkl", "tables.pkl"


def write_batch(folder: Path, summary: BatchSummary, tables: dict[str, pa.Table]) -> None:
    """The batch's tables, then its summary, each written whole and renamed into place: a folder with a
    summary is complete, so an interrupted build leaves nothing that a later one could take as done."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, obj in ((TABLES, tables), (SUMMARY, summary)):
        tmp = folder / f"{name}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, folder / name)


def read_batch_summary(folder: Path) -> BatchSummary | None:
    """A complete batch's summary, or None when the folder holds no complete batch."""
    try:
        summary = pickle.loads((folder / SUMMARY).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    summary.path = str(folder)  # the folder may have moved with its output folder
    return summary if (folder / TABLES).exists() else None


def read_batch_tables(folder: str | Path) -> dict[str, pa.Table]:
    with open(Path(folder) / TABLES, "rb") as f:
        return pickle.load(f)
