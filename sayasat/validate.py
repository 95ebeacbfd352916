"""Validate a release: pandera models for every table, then the cross-table checks.

Validation is lazy: every failure is collected, grouped by table and check, with examples, so a
person reading `validation/report.html` sees everything that is wrong at once.
"""

from __future__ import annotations

import gc
import hashlib
import html
import json
from collections import defaultdict
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pda
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from sayasat.ids import content_ends
from sayasat.schemas import crosschecks
from sayasat.schemas.tables import CORPUS_COLUMNS, TABLE_NAMES, columns, pandera_frame, pandera_schema


class ReleaseFrames(Mapping):
    """The tables of a release as pandas frames, read when a check asks for one. Only `articles` (which
    most checks need) and the most recent other table stay in memory, so validating a large release
    needs about the memory of its largest table, not of all eight."""

    def __init__(self, source: Path | dict[str, pa.Table]):
        self.source = source
        self.cache: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.cache:
            if name != "articles":
                for other in [k for k in self.cache if k != "articles"]:
                    del self.cache[other]
            self.cache[name] = self.arrow(name).to_pandas()
        return self.cache[name]

    def arrow(self, name: str) -> pa.Table:
        return self.source[name] if isinstance(self.source, dict) else pq.read_table(self.source / f"{name}.parquet")

    def __iter__(self):
        return iter(TABLE_NAMES)

    def __len__(self) -> int:
        return len(TABLE_NAMES)

    def rows(self, name: str) -> int:
        if isinstance(self.source, dict):
            return self.source[name].num_rows
        return pq.ParquetFile(self.source / f"{name}.parquet").metadata.num_rows


def validate(tables: dict[str, pa.Table] | Path, n_inputs: int | None, version: str = "",
             passed: Path | None = None) -> dict:
    """The validation report of a release (tables in memory, or a release folder) as a JSON-ready dict;
    `status` is `passed` or `failed`. A folder whose tables hold each article's rows together, in the
    order of `articles` (as `sayasat build` writes them), is validated about 500 articles at a
    time, so memory does not grow with the release; any other is read whole.

    `passed` (for builds; `sayasat validate` checks everything) is a folder of the parts that passed
    before, named by the digest of their rows: a part whose rows are byte for byte those of a part that
    passed is not checked again. The folder must belong to one code version (the build's cache does)."""
    if isinstance(tables, Path):
        order = _article_order(tables)
        if order is not None:
            return _report(version, n_inputs, *_validate_in_parts(tables, n_inputs, order, passed),
                           {name: int(pq.ParquetFile(tables / f"{name}.parquet").metadata.num_rows)
                            for name in TABLE_NAMES})
    frames = ReleaseFrames(tables)
    failures: list[crosschecks.Failure] = []
    checks_run = 0
    for name in TABLE_NAMES:
        schema = pandera_schema(name)
        checks_run += _n_checks(schema)
        try:
            schema.validate(pandera_frame(frames.arrow(name)), lazy=True)
        except pda.errors.SchemaErrors as err:
            failures += _pandera_failures(name, err.failure_cases)
    cross, names = crosschecks.run_all(frames, n_inputs)
    return _report(version, n_inputs, failures + cross, checks_run + len(names),
                   {name: frames.rows(name) for name in TABLE_NAMES})


def _report(version: str, n_inputs: int | None, failures: list[crosschecks.Failure], checks_run: int,
            rows: dict[str, int]) -> dict:
    return {
        "version": version,
        "status": "failed" if failures else "passed",
        "summary": {
            "tables": rows,
            "inputs": n_inputs,
            "checks_run": checks_run,
            "failed_checks": len(failures),
            "failing_rows": sum(f.count for f in failures),
        },
        "failures": [f.__dict__ for f in failures],
    }


def _n_checks(schema: pda.DataFrameSchema) -> int:
    return sum(1 + len(c.checks) for c in schema.columns.values()) + len(schema.checks)


PER_ARTICLE = ("articles", "segments", "removed", "mentions", "quotes", "claims")
PART_ARTICLES = 500


def _article_order(folder: Path) -> dict[str, np.ndarray] | None:
    """For each per-article table, the position in `articles` of each row's article, when every table
    lists its rows article by article in that order (reading only the article_id columns); else None.
    Under "article_id", the article ids themselves, in order."""
    try:
        ids = pq.read_table(folder / "articles.parquet", columns=["article_id"]).column(0).combine_chunks()
        if pc.count_distinct(ids).as_py() != len(ids):
            return None
        order = {"articles": np.arange(len(ids)), "article_id": ids.to_numpy(zero_copy_only=False)}
        for name in PER_ARTICLE[1:]:
            col = pq.read_table(folder / f"{name}.parquet", columns=["article_id"]).column(0)
            pos = pc.index_in(col, value_set=ids).combine_chunks()  # Arrow throughout: no Python strings
            if pos.null_count:
                return None
            pos = pos.to_numpy()
            if (np.diff(pos) < 0).any():
                return None
            order[name] = pos
        return order
    except (OSError, KeyError, pa.ArrowInvalid):
        return None


class _RowReader:
    """Rows [start, end) of a Parquet file, asked for in increasing order: each row group is decoded once."""

    def __init__(self, path: Path):
        self.file = pq.ParquetFile(path)
        self.bounds = np.cumsum([0] + [self.file.metadata.row_group(g).num_rows
                                       for g in range(self.file.num_row_groups)])
        self.cached: dict[int, pa.Table] = {}

    def read(self, start: int, end: int) -> pa.Table:
        first = max(0, int(np.searchsorted(self.bounds, start, side="right")) - 1)
        parts = []
        for g in range(first, self.file.num_row_groups):
            lo, hi = int(self.bounds[g]), int(self.bounds[g + 1])
            if lo >= end:
                break
            if g not in self.cached:
                self.cached = {k: v for k, v in self.cached.items() if k >= g - 1}
                self.cached[g] = self.file.read_row_group(g)
            parts.append(self.cached[g].slice(max(0, start - lo), min(hi, end) - max(lo, start)))
        return pa.concat_tables(parts) if parts else self.file.schema_arrow.empty_table()


def _part_bounds(ids: np.ndarray) -> list[int]:
    """Where the parts start, given the article ids in order: about PART_ARTICLES articles each (at most
    twice that), cut by `ids.content_ends` so that the parts, like the build's batches, depend on the
    articles themselves and a new article changes only the part it falls into. An empty release is one
    empty part."""
    return [0, *(content_ends(ids.tolist(), PART_ARTICLES, 2 * PART_ARTICLES) or [0])]


def _own_columns(name: str, t: pa.Table | pd.DataFrame) -> pa.Table | pd.DataFrame:
    """A per-article table without the columns the corpus fills: what depends on its articles alone."""
    drop = list(CORPUS_COLUMNS.get(name, ()))
    return t.drop_columns(drop) if isinstance(t, pa.Table) else t.drop(columns=drop)


def _part_digest(part: dict[str, pa.Table]) -> str:
    """sha256 of a part's own columns as Arrow IPC, whatever the release's version or its row groups."""
    h = hashlib.sha256()
    for name in PER_ARTICLE:
        t = _own_columns(name, part[name]).combine_chunks().replace_schema_metadata(None)
        # a column without nulls may or may not carry a validity bitmap, by how its row group was written
        t = pa.table([pa.Array.from_buffers(c.type, len(c), [None, *c.buffers()[1:]], 0, c.offset)
                      if c.null_count == 0 and c.buffers()[0] is not None else c
                      for c in (col.combine_chunks() for col in t.columns)], schema=t.schema)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, t.schema) as w:
            w.write_table(t)
        h.update(sink.getvalue())
    return h.hexdigest()


def _validate_in_parts(folder: Path, n_inputs: int | None, order: dict[str, np.ndarray],
                       passed: Path | None = None) -> tuple[list[crosschecks.Failure], int]:
    readers = {name: _RowReader(folder / f"{name}.parquet") for name in PER_ARTICLE}
    whole_arrow = {name: pq.read_table(folder / f"{name}.parquet") for name in ("actors", "rejects")}
    whole = {name: t.to_pandas() for name, t in whole_arrow.items()}
    schemas = {name: pandera_schema(name, unique=name not in PER_ARTICLE) for name in TABLE_NAMES}
    # a part is checked on its own columns; the corpus's columns are checked for the whole table
    own = {name: schemas[name].remove_columns(list(CORPUS_COLUMNS.get(name, ()))) for name in PER_ARTICLE}
    corpus_cols = {name: pda.DataFrameSchema({c: schemas[name].columns[c] for c in cols}, strict=True, ordered=True,
                                             name=name) for name, cols in CORPUS_COLUMNS.items()}
    failures: dict[tuple[str, str, str | None], crosschecks.Failure] = {}

    def add(found: list[crosschecks.Failure]) -> None:
        for f in found:
            key = (f.table, f.check, f.column)
            if key in failures:
                failures[key].count += f.count
                failures[key].examples = (failures[key].examples + f.examples)[:crosschecks.MAX_EXAMPLES]
            else:
                failures[key] = f

    for name in ("actors", "rejects"):
        add(_pandera(schemas[name], name, pandera_frame(whole_arrow[name]), 0))
    for name, schema in corpus_cols.items():
        row0 = 0
        for batch in pq.ParquetFile(folder / f"{name}.parquet").iter_batches(batch_size=50_000,
                                                                           columns=list(CORPUS_COLUMNS[name])):
            add(_pandera(schema, name, pandera_frame(batch), row0))
            row0 += batch.num_rows
    n_articles = len(order["articles"])
    bounds = _part_bounds(order["article_id"])
    # what the caller holds is left out of the collections below, which stay cheap; a caller that froze
    # objects itself keeps its own arrangement
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        seen: set[str] = set()
        for a0, a1 in pairwise(bounds):
            rows = {name: [int(x) for x in np.searchsorted(order[name], [a0, a1])] for name in PER_ARTICLE}
            arrow = {name: readers[name].read(*rows[name]) for name in PER_ARTICLE}
            digest = _part_digest(arrow) if passed is not None else ""
            if digest and (passed / digest).exists():
                seen.add(digest)
                continue
            found: list[crosschecks.Failure] = []
            part: dict[str, pd.DataFrame] = dict(whole)
            for name in PER_ARTICLE:
                part[name] = arrow[name].to_pandas()
                found += _pandera(own[name], name, pandera_frame(_own_columns(name, arrow[name])), rows[name][0])
            found += crosschecks.run_per_article(part, actor_refs=False)
            add(found)
            del part
            gc.collect()  # pandas frames hold reference cycles: free each part before the next is read
            if digest and not found:
                passed.mkdir(parents=True, exist_ok=True)
                (passed / digest).touch()
                seen.add(digest)
    finally:
        if freeze:
            gc.unfreeze()
    add(_uniqueness(folder))
    add(_actor_references(folder, whole["actors"]))
    per_actor, arts = _mention_counts(folder)
    add(crosschecks.release_counts(whole["actors"], per_actor, arts, n_articles, len(whole["rejects"]), n_inputs))
    if passed is not None and passed.is_dir():
        for f in passed.iterdir():  # parts of earlier builds that this one no longer has
            if f.name not in seen:
                f.unlink(missing_ok=True)
    checks_run = sum(_n_checks(s) for s in schemas.values()) + len(crosschecks.CHECK_NAMES)
    return list(failures.values()), checks_run


def _actor_references(folder: Path, actors: pd.DataFrame) -> list[crosschecks.Failure]:
    """References into the actors table, for the whole release, in Arrow (no Python string per row); only
    the rows that fail, if any, go to pandas to be reported."""
    ids = pa.array(actors["actor_id"].dropna().tolist(), pa.string())
    frames: dict[str, pd.DataFrame] = {"actors": actors}
    for table in ("mentions", "quotes", "claims"):
        cols = [c for t, c, ref, _ in crosschecks.FOREIGN_KEYS if t == table and ref == "actors"]
        t = pq.read_table(folder / f"{table}.parquet", columns=[*cols, "article_id"])
        bad = None
        for c in cols:
            miss = pc.and_(pc.is_valid(t[c]), pc.invert(pc.is_in(t[c], value_set=ids)))
            bad = miss if bad is None else pc.or_(bad, miss)
        frames[table] = t.filter(bad).to_pandas()
    return crosschecks.foreign_keys(frames, "actors")


def _mention_counts(folder: Path) -> tuple[pd.Series, pd.Series]:
    """Per actor, its mentions and the articles mentioning it, counted in Arrow over the whole table."""
    m = pq.read_table(folder / "mentions.parquet", columns=["actor_id", "article_id"])
    g = m.group_by("actor_id").aggregate([("article_id", "count"), ("article_id", "count_distinct")]).to_pandas()
    g = g.set_index("actor_id")
    return g["article_id_count"].rename(None), g["article_id_count_distinct"].rename(None)


def _pandera(schema: pda.DataFrameSchema, name: str, df: pd.DataFrame, row0: int) -> list[crosschecks.Failure]:
    """pandera's failures on a part of a table, rows numbered within the whole table."""
    try:
        schema.validate(df.set_axis(range(row0, row0 + len(df))), lazy=True)
    except pda.errors.SchemaErrors as err:
        return _pandera_failures(name, err.failure_cases)
    return []


def _uniqueness(folder: Path) -> list[crosschecks.Failure]:
    """Columns that must be unique across a whole table, read one column at a time."""
    out = []
    for name in PER_ARTICLE:
        for c in columns(name):
            if not c.unique:
                continue
            column = pq.read_table(folder / f"{name}.parquet", columns=[c.name]).column(0)
            if pc.count_distinct(column, mode="all").as_py() == len(column):
                continue  # Arrow counts without a Python string per row; pandas only to show duplicates
            values = column.to_pandas()
            dup = values[values.duplicated(keep=False)]
            if len(dup):
                out.append(crosschecks.Failure(name, "schema:field_uniqueness", c.name, len(dup),
                                               [{"row": int(k), "value": str(v)[:200]}
                                                for k, v in dup.head(crosschecks.MAX_EXAMPLES).items()]))
    return out


def _pandera_failures(table: str, cases: pd.DataFrame) -> list[crosschecks.Failure]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in cases.to_dict("records"):
        groups[(str(row.get("column")), str(row.get("check")))].append(
            {"row": None if pd.isna(row.get("index")) else int(row["index"]),
             "value": None if pd.isna(row.get("failure_case")) else str(row["failure_case"])[:200]})
    return [crosschecks.Failure(table, f"schema:{check}", col, len(rows), rows[:crosschecks.MAX_EXAMPLES])
            for (col, check), rows in sorted(groups.items())]


def write_report(report: dict, folder: Path) -> Path:
    """Write validation/report.json and report.html under `folder`; return the HTML path."""
    out = folder / "validation"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                                     encoding="utf-8")
    (out / "report.html").write_text(render_html(report), encoding="utf-8")
    return out / "report.html"


def render_markdown(report: dict) -> str:
    """A short Markdown summary (the Prefect artifact mirrors the HTML report's first part)."""
    s = report["summary"]
    lines = [f"# Validation of {report['version'] or 'release'}: **{report['status'].upper()}**", "",
             f"{s['checks_run']} checks run, {s['failed_checks']} failed ({s['failing_rows']} rows).", "",
             "| table | rows |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in s["tables"].items()]
    if report["failures"]:
        lines += ["", "| table | check | column | rows |", "|---|---|---|---|"]
        lines += [f"| {f['table']} | {f['check']} | {f['column'] or ''} | {f['count']} |" for f in report["failures"]]
    return "\n".join(lines) + "\n"


def render_html(report: dict) -> str:
    e = html.escape
    s = report["summary"]
    ok = report["status"] == "passed"
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Validation report {e(report['version'])}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;"
        "text-align:left;vertical-align:top}.ok{color:#17692b}.bad{color:#a01010}code{font-size:90%}</style>",
        "</head><body>",
        f"<h1>Validation report: {e(report['version'])}</h1>",
        f"<p class='{'ok' if ok else 'bad'}'><strong>{'PASSED' if ok else 'FAILED'}</strong>: "
        f"{s['checks_run']} checks run, {s['failed_checks']} failed, {s['failing_rows']} failing rows.</p>",
    ]
    if s.get("inputs") is not None:
        parts.append(f"<p>Inputs: {s['inputs']} = articles {s['tables']['articles']} + rejects "
                     f"{s['tables']['rejects']}.</p>")
    parts.append("<h2>Tables</h2><table><tr><th>table</th><th>rows</th></tr>")
    parts += [f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in s["tables"].items()]
    parts.append("</table>")
    if ok:
        parts.append("<p>No failures. Every table matched its schema and every cross-table check held.</p>")
    else:
        parts.append("<h2>Failures by table and check</h2>")
        by_table: dict[str, list[dict]] = defaultdict(list)
        for f in report["failures"]:
            by_table[f["table"]].append(f)
        for table, fails in by_table.items():
            parts.append(f"<h3>{e(table)}</h3>")
            for f in fails:
                parts.append(f"<h4>{e(f['check'])} <small>(column {e(str(f['column']))}, {f['count']} rows)</small>"
                             f"</h4>")
                if f["examples"]:
                    keys = list(dict.fromkeys(k for ex in f["examples"] for k in ex))
                    parts.append("<table><tr>" + "".join(f"<th>{e(k)}</th>" for k in keys) + "</tr>")
                    for ex in f["examples"]:
                        parts.append("<tr>" + "".join(f"<td><code>{e(str(ex.get(k, '')))}</code></td>" for k in keys)
                                     + "</tr>")
                    parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
