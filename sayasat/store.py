"""Where per-article results live between stages: a content-addressed cache and batch spill files.

- `ArticleCache`: one file per processed article, keyed by its source path, the sha256 of its bytes, the
  code version and the config. An unchanged input is never processed twice, so adding 1% new files to
  a corpus reprocesses 1% of it; a change of code or config starts a new cache (old ones are pruned).
- spill files: each batch task writes its results to disk and returns only a small `BatchSummary`, so
  memory stays flat as the corpus grows and Prefect moves little data between tasks.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from datetime import datetime
from pathlib import Path

from sayasat.pipeline import ArticleResult

CACHE_DIR = ".cache"


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

    def put(self, result: ArticleResult) -> None:
        if not self.enabled:
            return
        path = self._path(result.source, result.raw_sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)

    def prune_others(self) -> None:
        """Drop caches of other code versions or configs (they can never be hit again)."""
        parent = self.root.parent
        if parent.is_dir():
            for p in parent.iterdir():
                if p.is_dir() and p != self.root:
                    shutil.rmtree(p, ignore_errors=True)


class BatchSummary:
    """What the corpus stage needs of a batch, without its texts. A plain class, not a dataclass, so that
    Prefect passes it between tasks as it is instead of walking every field."""

    def __init__(self, spill: str, results: list[ArticleResult], processed: int, timings: dict[str, float]):
        self.spill = spill
        self.n = len(results)
        self.processed = processed  # articles processed now (the rest came from the cache)
        self.timings = timings
        self.identities: list[dict] = []
        self.articles: list[tuple[str, list[dict], set[tuple[float, str]], datetime | None]] = []
        self.facts: list[tuple[str, tuple]] = []
        # one dict per distinct identity in the batch, shared by every article naming it: the corpus stage
        # holds every batch's summary at once
        seen: dict[tuple, dict] = {}
        for r in results:
            if not r.article:
                continue
            for row in r.mentions + r.quotes + r.claims:
                for key in ("_actor", "_speaker", "_claimant", "_target"):
                    ident = row.get(key)
                    if ident and (key := _identity_key(ident)) not in seen:
                        seen[key] = ident
                        self.identities.append(ident)
            person_keys = dict.fromkeys(_identity_key(m["_actor"]) for m in r.mentions
                                        if m["_actor"]["kind"] == "person")
            persons = [seen[k] for k in person_keys]
            numbers = {(c["value"], c["bound"]) for c in r.claims if c["kind"] == "quantity" and c["value"]
                       and c["value"] >= 10}
            self.articles.append((r.article["article_id"], persons, numbers, r.article["published_at"]))
            self.facts += [(r.article["article_id"], c["_fact"]) for c in r.claims if c["_fact"] is not None]


def _identity_key(ident: dict) -> tuple:
    return tuple(sorted((k, v) for k, v in ident.items() if v is not None))


def write_spill(path: Path, results: list[ArticleResult]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(results, f, protocol=pickle.HIGHEST_PROTOCOL)


def read_spill(path: str | Path) -> list[ArticleResult]:
    with open(path, "rb") as f:
        return pickle.load(f)
