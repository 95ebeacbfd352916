"""What changed between two releases: rows added, removed and changed per table, with examples."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from sayasat.ingest import file_sha256
from sayasat.schemas.tables import TABLE_NAMES

KEYS = {"articles": ["article_id"], "segments": ["segment_id"], "actors": ["actor_id"], "mentions": ["mention_id"],
        "quotes": ["quote_id"], "claims": ["claim_id"], "removed": ["article_id", "start", "end"],
        "rejects": ["source"]}
N_EXAMPLES = 3


# rows read at a time, as many as a row group of the release holds (sayasat.corpus.TableWriter): fewer made
# the per-batch work of the hashing (Python, pyarrow and pandas calls) a third of its time on segments
BATCH_ROWS = {"articles": 2_000}
DEFAULT_BATCH_ROWS = 10_000


def _batch_rows(name: str) -> int:
    return BATCH_ROWS.get(name, DEFAULT_BATCH_ROWS)


def _joined(batch: pa.RecordBatch, columns: list[str]) -> pa.Array:
    """The columns' values as text joined by \\x1f, nulls as \\x00: the same row gives the same string whatever
    the rest of its batch holds (pandas would turn an int column with a null into floats)."""
    parts = [pc.fill_null(pc.cast(batch.column(c), pa.string()), "\x00") for c in columns]
    return pc.binary_join_element_wise(*parts, "\x1f") if len(parts) > 1 else parts[0]


def _row_hashes(pf: pq.ParquetFile, batch_rows: int) -> np.ndarray:
    """One 64-bit hash per row of a Parquet file, from each column's values as text, column by column
    (h = h * 1000003 ^ hash(value)). A column is read a batch of rows at a time: joining whole rows, texts
    included, into one string each would double the table in memory."""
    h = np.zeros(pf.metadata.num_rows, dtype=np.uint64)
    for c in pf.schema_arrow.names:
        row0 = 0
        for batch in pf.iter_batches(batch_size=batch_rows, columns=[c]):
            # as bytes: hash_array hashes a str by its UTF-8 bytes, so the values are the same, without
            # decoding every text into a Python string first
            col = _joined(batch, [c]).cast(pa.binary()).to_numpy(zero_copy_only=False)
            part = slice(row0, row0 + len(col))
            h[part] = h[part] * np.uint64(1_000_003) ^ pd.util.hash_array(col, categorize=False)  # faster on text
            row0 += len(col)
    return h


class _Keyed:
    """A table's row keys (an Arrow string array), one hash of each whole row and each row's number, in
    file order; a key that repeats keeps its first row."""

    def __init__(self, key: pa.Array, hash_: np.ndarray, row: np.ndarray):
        self.key, self.hash, self.row = key, hash_, row

    def __len__(self) -> int:
        return len(self.key)


def _keyed(path: Path | None, name: str, saved: Path | None = None) -> _Keyed:
    """Each row's key and one hash of the whole row, read a batch of rows at a time so that memory holds
    keys and hashes, never the table (a release of 100,000 articles has millions of segment rows). With
    `saved`, a file named by the table file's content: read from it when it is there, written to it when
    it is not, so that each release's tables are hashed once, not again when the next release is
    compared with it."""
    if saved is not None and saved.exists():
        try:
            t = pq.read_table(saved)
            return _Keyed(t["key"].combine_chunks(), t["hash"].to_numpy(), t["row"].to_numpy())
        except (OSError, KeyError, pa.ArrowInvalid):
            pass  # unreadable: hash the table again
    pf = pq.ParquetFile(path) if path is not None else None
    keys = [_joined(b, KEYS[name]) for b in pf.iter_batches(batch_size=_batch_rows(name), columns=KEYS[name])] \
        if pf else []
    key = pa.concat_arrays(keys) if keys else pa.array([], pa.string())
    hash_ = _row_hashes(pf, _batch_rows(name)) if pf else np.array([], dtype=np.uint64)
    row = np.arange(len(key), dtype=np.int64)
    if pc.count_distinct(key).as_py() < len(key):  # a broken release: the first row of each key counts
        first = ~pd.Index(key.to_numpy(zero_copy_only=False)).duplicated()
        key, hash_, row = key.filter(pa.array(first)), hash_[first], row[first]
    if saved is not None and path is not None:
        saved.parent.mkdir(parents=True, exist_ok=True)
        tmp = saved.with_suffix(f".{os.getpid()}.tmp")
        pq.write_table(pa.table({"key": key, "hash": hash_, "row": row}), tmp)
        os.replace(tmp, saved)
    return _Keyed(key, hash_, row)


def _first_keys(k: _Keyed, mask: np.ndarray, n: int) -> list[tuple[str, int, int]]:
    """(key, row, index into `k`) of the n smallest keys where `mask` holds, in key order (Arrow sorts
    UTF-8 by bytes, which is Python's order of the same strings)."""
    where = np.nonzero(mask)[0]
    if not len(where):
        return []
    keys = k.key.take(pa.array(where))
    first = pc.sort_indices(keys).to_numpy()[:n]
    return [(keys[int(j)].as_py(), int(k.row[where[j]]), int(where[j])) for j in first]


def _rows(path: Path, rows: list[int], columns: list[str] | None = None) -> dict[int, dict]:
    """The given rows of a Parquet file as dicts (for the few examples a diff shows), with only `columns` if
    given: a row group of segments, text and all, takes a tenth of a second to read whole."""
    want, out, row0 = sorted(set(rows)), {}, 0
    pf = pq.ParquetFile(path)
    for g in range(pf.num_row_groups):
        n = pf.metadata.row_group(g).num_rows
        inside = [r for r in want if row0 <= r < row0 + n]
        if inside:
            table = pf.read_row_group(g, columns=columns)
            out |= {r: table.slice(r - row0, 1).to_pylist()[0] for r in inside}
        row0 += n
    return out


def diff_table(name: str, old: Path | None, new: Path, saved: tuple[Path | None, Path | None] = (None, None),
               full_examples: bool = True) -> dict:
    """Counts of added, removed and changed rows (by the table's key) between two Parquet files of one
    table (`old` None for a first release), and a few examples of each: whole rows, or with
    `full_examples` False, the key columns of added and removed rows when no row changed (all that
    CHANGES.md shows of them). `saved`: where the keys and hashes of the old and of the new file are
    kept (see `_keyed`). Keys are matched by Arrow's hash lookup, with no Python string per row."""
    b = _keyed(new, name, saved[1])
    a = _keyed(old, name, saved[0])
    where = pc.index_in(b.key, value_set=a.key)  # each new key's position among the old keys, or null
    matched = where.is_valid().to_numpy(zero_copy_only=False)
    pos = where.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    added = ~matched
    changed = matched & (a.hash[pos] != b.hash) if len(a) else np.zeros(len(b), dtype=bool)
    removed = ~pc.is_in(a.key, value_set=b.key).to_numpy(zero_copy_only=False)
    ex_added = _first_keys(b, added, N_EXAMPLES)
    ex_removed = _first_keys(a, removed, N_EXAMPLES)
    ex_changed = _first_keys(b, changed, N_EXAMPLES)
    cols = None if full_examples or ex_changed else list(KEYS[name])
    new_rows = _rows(new, [r for _, r, _ in ex_added + ex_changed], cols)
    old_rows = _rows(old, [r for _, r, _ in ex_removed] + [int(a.row[pos[i]]) for _, _, i in ex_changed], cols) \
        if old else {}
    examples = {
        "added": [_short(new_rows[r]) for _, r, _ in ex_added],
        "removed": [_short(old_rows[r]) for _, r, _ in ex_removed],
        "changed": [],
    }
    for key, r, i in ex_changed:
        ra, rb = old_rows[int(a.row[pos[i]])], new_rows[r]
        examples["changed"].append({"key": key.split("\x1f"), "columns": sorted(c for c in rb if ra.get(c) != rb[c])})
    return {"old_rows": len(a), "new_rows": len(b), "added": int(added.sum()), "removed": int(removed.sum()),
            "changed": int(changed.sum()), "examples": examples}


def diff_releases(old: Path | None, new: Path, saved: Path | None = None,
                  digests: tuple[dict[str, str], dict[str, str]] = ({}, {}), full_examples: bool = True,
                  names: list[str] | tuple[str, ...] = TABLE_NAMES) -> dict[str, dict]:
    """Per table (all, or `names`): counts of added, removed and changed rows (by the table's key) and a
    few examples, one table at a time (`diff_table`). With `saved` (a folder) and the sha256 of the old
    and new table files (`digests`, from the manifests), each table's keys and hashes are kept there
    under its file's digest."""
    out = {}
    for name in names:
        before = old / f"{name}.parquet" if old is not None and (old / f"{name}.parquet").exists() else None
        keep = tuple(saved / f"{d[name]}.parquet" if saved is not None and d.get(name) else None for d in digests)
        out[name] = diff_table(name, before, new / f"{name}.parquet", keep, full_examples)
    return out


def table_changes(folder: Path, names: list[str], previous: Path | None, saved: Path) -> dict[str, dict]:
    """For some tables of a new release: each file's sha256, and its diff against the previous release
    (`diff_releases`, as CHANGES.md shows it), its row keys and hashes kept in `saved` under the file's
    sha256 (where the next diff looks). The build runs this in the workers, a share of the tables each,
    while its main process validates the same tables, so that publishing only writes CHANGES.md."""
    digests = {name: file_sha256(folder / f"{name}.parquet") for name in names}
    diffs = diff_releases(previous, folder, saved, (manifest_digests(previous), digests), full_examples=False,
                          names=names)
    return {name: {"sha256": digests[name], "diff": diffs[name]} for name in names}


def manifest_digests(release: Path | None) -> dict[str, str]:
    """sha256 per table file, from a release's manifest (empty when there is none or it is unreadable)."""
    try:
        tables = json.loads((release / "manifest.json").read_text(encoding="utf-8"))["tables"]
        return {n: t["sha256"] for n, t in tables.items()}
    except (TypeError, OSError, ValueError, KeyError):
        return {}


def _short(row: dict) -> dict:
    return {k: (v[:80] + "…" if isinstance(v, str) and len(v) > 80 else v if not hasattr(v, "isoformat")
                else v.isoformat()) for k, v in row.items()}


def render(d: dict[str, dict], old_name: str | None, new_name: str) -> str:
    head = f"# Changes in {new_name}\n\n"
    head += f"Compared with {old_name}.\n\n" if old_name else "First release: every row is new.\n\n"
    lines = [head + "| table | rows before | rows now | added | removed | changed |", "|---|---|---|---|---|---|"]
    for name, x in d.items():
        lines.append(f"| {name} | {x['old_rows']} | {x['new_rows']} | {x['added']} | {x['removed']} | {x['changed']} |")
    for name, x in d.items():
        ex = x["examples"]
        if not (ex["added"] or ex["removed"] or ex["changed"]) or not old_name:
            continue
        lines.append(f"\n## {name}\n")
        for kind in ("added", "removed"):
            for row in ex[kind]:
                key = ", ".join(f"{k}={row[k]}" for k in KEYS[name])
                lines.append(f"- {kind}: {key}")
        for c in ex["changed"]:
            lines.append(f"- changed: {', '.join(c['key'])} (columns: {', '.join(c['columns'])})")
    return "\n".join(lines) + "\n"


def changes_markdown(prev_dir: Path | None, folder: Path, prev_name: str | None, version: str,
                     saved: Path | None = None, digests: tuple[dict[str, str], dict[str, str]] = ({}, {})) -> str:
    """CHANGES.md against the previous release."""
    return render(diff_releases(prev_dir, folder, saved, digests, full_examples=False), prev_name, version)


def prune_saved(saved: Path, keep: set[str]) -> None:
    """Keep the saved keys and hashes of the given table digests only (the releases a later diff can use)."""
    if saved.is_dir():
        for f in saved.iterdir():
            if f.name.split(".")[0] not in keep:
                f.unlink(missing_ok=True)
